import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { auditCount } from '../support/case-files.ts';

// Synthetic marker: if it reaches a trail, the trail copies personal data.
const MARKER = 'Marcadorbitacora';

const bed = openAccessBed();
let caseId: string;
let otherCaseId: string;
let personId: string;
let prosecutorId: string;
let sharedSupervisorId: string;
let breakGlassSupervisorId: string;

type Entry = {
  id: string;
  action: string;
  kind: string;
  recordType: string | null;
  recordId: string | null;
  reason: string | null;
  fields: string[];
  actor: { userId: string; displayName: string | null; agencyCode: string | null; roles: string[] } | null;
};

const trail = async (agencyId: string, roles: Role[], query = '') => {
  const session = await bed.signedIn(agencyId, roles);
  return session.call('GET', `/api/v1/cases/${caseId}/audit${query}`);
};

beforeAll(async () => {
  const { puebla, chiapas, fevimtra } = bed.agencies;
  const prosecutor = await bed.signedIn(puebla, ['prosecutor']);
  prosecutorId = prosecutor.userId;
  caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  otherCaseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  const added = await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    identity: { givenNames: MARKER, firstSurname: 'Pruebabitacora' },
  });
  expect(added.status).toBe(201);
  personId = added.body.id;
  await prosecutor.call('GET', `/api/v1/cases/${otherCaseId}`);
  const revealed = await prosecutor.call('POST', `/api/v1/cases/${caseId}/people/${personId}/reveal`, {
    reason: 'Entrevista de seguimiento',
  });
  expect(revealed.status).toBe(200);
  const shared = await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode: 'FGE-CHP',
    reason: 'La víctima declaró en Chiapas',
  });
  expect(shared.status).toBe(201);
  const sharedSupervisor = await bed.signedIn(chiapas, ['supervisor']);
  sharedSupervisorId = sharedSupervisor.userId;
  expect((await sharedSupervisor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
  const breakGlassSupervisor = await bed.signedIn(fevimtra, ['supervisor']);
  breakGlassSupervisorId = breakGlassSupervisor.userId;
  const grant = await breakGlassSupervisor.call('POST', `/api/v1/cases/${caseId}/break-glass`, {
    reason: 'Riesgo inmediato para la víctima trasladada a la Ciudad de México',
  });
  expect(grant.status).toBe(201);
  // An export answers JSON Lines, which the test client would read as one JSON document.
  const exported = await fetch(`${bed.server.baseUrl}/api/v1/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: prosecutor.cookie() ?? '' },
    body: JSON.stringify({ format: 'bundle' }),
  });
  expect(exported.status).toBe(200);
});

describe("a case's audit trail", () => {
  it("shows the owning agency's auditor who read identities, shared, broke the glass and exported, newest first", async () => {
    const answer = await trail(bed.agencies.puebla, ['auditor']);
    expect(answer.status).toBe(200);
    const items: Entry[] = answer.body.items;
    const ids = items.map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const by = (action: string) => items.filter((entry) => entry.action === action);
    expect(by('case.open')).toEqual([
      expect.objectContaining({
        kind: 'change',
        recordId: caseId,
        actor: expect.objectContaining({
          userId: prosecutorId,
          agencyCode: 'FGE-PUE',
          roles: ['prosecutor'],
        }),
      }),
    ]);
    expect(by('person.add')).toEqual([expect.objectContaining({ recordType: 'person', recordId: personId })]);
    expect(by('identity.read')).toEqual([
      expect.objectContaining({
        kind: 'identity',
        recordId: personId,
        reason: 'Entrevista de seguimiento',
        fields: ['identity'],
      }),
    ]);
    expect(by('case.share')).toEqual([expect.objectContaining({ kind: 'share' })]);
    expect(by('case.read').map((entry) => entry.actor?.userId)).toContain(sharedSupervisorId);
    expect(by('case.break_glass')).toEqual([
      expect.objectContaining({
        kind: 'break_glass',
        reason: 'Riesgo inmediato para la víctima trasladada a la Ciudad de México',
        actor: expect.objectContaining({ userId: breakGlassSupervisorId, agencyCode: 'FEVIMTRA' }),
      }),
    ]);
    expect(by('case.export')).toEqual([expect.objectContaining({ kind: 'export' })]);
    expect(items.some((entry) => entry.recordId === otherCaseId)).toBe(false);
    expect(JSON.stringify(answer.body)).not.toContain(MARKER);
    expect(answer.body.nextBefore).toBeNull();
  });

  it('is read by the owning agency’s auditors and supervisors and the platform’s auditors; 404 for everyone else', async () => {
    const { puebla, chiapas, fevimtra, platform } = bed.agencies;
    const allowed: [string, Role[]][] = [
      [puebla, ['auditor']],
      [puebla, ['supervisor']],
      [platform, ['auditor']],
    ];
    for (const [agencyId, roles] of allowed) expect((await trail(agencyId, roles)).status).toBe(200);
    const refused: [string, Role[]][] = [
      [puebla, ['prosecutor']],
      [puebla, ['investigator']],
      [puebla, ['case_worker']],
      [puebla, ['intake_officer']],
      [puebla, ['shelter_staff']],
      [puebla, ['statistician']],
      [puebla, ['administrator']],
      // The agency the case is shared with follows the case, not who else touched it.
      [chiapas, ['supervisor']],
      [chiapas, ['auditor']],
      [fevimtra, ['auditor']],
      [platform, ['supervisor']],
    ];
    for (const [agencyId, roles] of refused) {
      const answer = await trail(agencyId, roles);
      expect({ roles, status: answer.status }).toEqual({ roles, status: 404 });
      expect(answer.body.code).toBe('not_found');
    }
    const unknown = await (await bed.signedIn(puebla, ['auditor'])).call(
      'GET',
      '/api/v1/cases/00000000-0000-4000-8000-000000000000/audit',
    );
    expect(unknown.status).toBe(404);
  });

  it('is refused to a break-glass holder and to a supervisor walled off by a declared conflict', async () => {
    const { puebla, fevimtra } = bed.agencies;
    const breakGlassSupervisor = await bed.signedIn(fevimtra, ['supervisor']);
    await breakGlassSupervisor.call('POST', `/api/v1/cases/${caseId}/break-glass`, {
      reason: 'Riesgo inmediato para la víctima trasladada a la Ciudad de México',
    });
    expect((await breakGlassSupervisor.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await breakGlassSupervisor.call('GET', `/api/v1/cases/${caseId}/audit`)).status).toBe(404);
    const conflicted = await bed.signedIn(puebla, ['supervisor']);
    expect((await conflicted.call('GET', `/api/v1/cases/${caseId}/audit`)).status).toBe(200);
    expect((await conflicted.call('POST', `/api/v1/cases/${caseId}/conflict-of-interest`)).status).toBe(204);
    expect((await conflicted.call('GET', `/api/v1/cases/${caseId}/audit`)).status).toBe(404);
  });

  it('is audited when read, and the read shows in the trail', async () => {
    const before = await auditCount(bed.database.owner, 'case.audit_read', caseId);
    const auditor = await bed.signedIn(bed.agencies.puebla, ['auditor']);
    await auditor.call('GET', `/api/v1/cases/${caseId}/audit`);
    expect(await auditCount(bed.database.owner, 'case.audit_read', caseId)).toBe(before + 1);
    const next = await auditor.call('GET', `/api/v1/cases/${caseId}/audit?limit=1`);
    expect(next.body.items).toEqual([
      expect.objectContaining({
        action: 'case.audit_read',
        kind: 'read',
        actor: expect.objectContaining({ userId: auditor.userId }),
      }),
    ]);
    const refusedBefore = await auditCount(bed.database.owner, 'case.audit_read', caseId);
    await trail(bed.agencies.chiapas, ['auditor']);
    expect(await auditCount(bed.database.owner, 'case.audit_read', caseId)).toBe(refusedBefore);
  });

  it('pages newest first with `before`: pages are disjoint and together give the whole trail', async () => {
    const auditor = await bed.signedIn(bed.agencies.puebla, ['auditor']);
    // Reading the trail adds to it: the whole trail is the entries up to the first page's first entry.
    const first = await auditor.call('GET', `/api/v1/cases/${caseId}/audit?limit=3`);
    const newest: string = first.body.items[0].id;
    const whole = await auditor.call(
      'GET',
      `/api/v1/cases/${caseId}/audit?limit=200&before=${BigInt(newest) + 1n}`,
    );
    const paged: string[] = [];
    let before: string | null = `${BigInt(newest) + 1n}`;
    while (before) {
      const page = await auditor.call('GET', `/api/v1/cases/${caseId}/audit?limit=3&before=${before}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      paged.push(...page.body.items.map((entry: Entry) => entry.id));
      before = page.body.nextBefore;
    }
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(whole.body.items.map((entry: Entry) => entry.id));
    expect(paged.length).toBeGreaterThan(6);
  });

  it('answers 400 naming the parameter for a bad page size or position', async () => {
    for (const query of ['?limit=0', '?limit=201', '?before=abc', '?before=-1', '?other=1']) {
      const answer = await trail(bed.agencies.puebla, ['auditor'], query);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    const notUuid = await (await bed.signedIn(bed.agencies.puebla, ['auditor'])).call(
      'GET',
      '/api/v1/cases/no-es-un-id/audit',
    );
    expect(notUuid.status).toBe(400);
  });
});
