import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { recordIdentityRead } from '../../src/platform/audit/record-identity-read.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { userWithSession } from '../support/sessions.ts';

const bed = openAccessBed();
const signedIn = (agencyId: string, roles: Role[]) => bed.signedIn(agencyId, roles);
let puebla: string;
let chiapas: string;
let platform: string;
beforeAll(() => {
  ({ puebla, chiapas, platform } = bed.agencies);
});

describe('the auditor log viewer', () => {
  it('lets auditors browse and filter the log, and answers 404 to everyone else', async () => {
    const prosecutor = await signedIn(puebla, ['prosecutor']);
    const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    await prosecutor.call('GET', `/api/v1/cases/${opened.body.id}`);
    const auditor = await signedIn(platform, ['auditor']);
    const all = await auditor.call('GET', '/api/v1/audit/entries');
    expect(all.status).toBe(200);
    expect(all.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['case.open', 'case.read']),
    );
    const reads = await auditor.call(
      'GET',
      `/api/v1/audit/entries?action=case.read&recordId=${opened.body.id}`,
    );
    expect(reads.body.items).toHaveLength(1);
    expect(reads.body.items[0]).toMatchObject({
      actorUserId: prosecutor.userId,
      actorAgencyId: puebla,
      recordType: 'case',
    });
    expect((await prosecutor.call('GET', '/api/v1/audit/entries')).status).toBe(404);
    const invalid = await auditor.call('GET', '/api/v1/audit/entries?limit=100000');
    expect(invalid.status).toBe(400);
  });
});

describe('security alerts', () => {
  it('tell the owning agency’s auditors and the platform’s about a break-glass, and nobody else', async () => {
    const prosecutor = await signedIn(puebla, ['prosecutor']);
    const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    const supervisor = await signedIn(chiapas, ['supervisor']);
    const grant = await supervisor.call('POST', `/api/v1/cases/${opened.body.id}/break-glass`, {
      reason: 'La víctima fue trasladada a Chiapas y corre peligro inmediato',
    });
    expect(grant.status).toBe(201);
    const kindsFor = async (agencyId: string) => {
      const auditor = await signedIn(agencyId, ['auditor']);
      const alerts = await auditor.call('GET', '/api/v1/audit/alerts');
      return alerts.body.items
        .filter((alert: { caseId: string }) => alert.caseId === opened.body.id)
        .map((alert: { kind: string; subjectUserId: string }) => [alert.kind, alert.subjectUserId]);
    };
    expect(await kindsFor(puebla)).toEqual([['break_glass', supervisor.userId]]);
    expect(await kindsFor(platform)).toEqual([['break_glass', supervisor.userId]]);
    expect(await kindsFor(chiapas)).toEqual([]);

    const pueblaAuditor = await signedIn(puebla, ['auditor']);
    const [alert] = (await pueblaAuditor.call('GET', '/api/v1/audit/alerts')).body.items;
    const chiapasAuditor = await signedIn(chiapas, ['auditor']);
    expect(
      (await chiapasAuditor.call('POST', `/api/v1/audit/alerts/${alert.id}/acknowledgement`)).status,
    ).toBe(404);
    expect(
      (await pueblaAuditor.call('POST', `/api/v1/audit/alerts/${alert.id}/acknowledgement`)).status,
    ).toBe(204);
    const after = (await pueblaAuditor.call('GET', '/api/v1/audit/alerts')).body.items[0];
    expect(after.acknowledgedAt).not.toBeNull();
    expect(
      (await pueblaAuditor.call('POST', `/api/v1/audit/alerts/${alert.id}/acknowledgement`)).status,
    ).toBe(404);
  });

  it('an agency’s auditors read their own agency’s entries; the platform’s read them all', async () => {
    const prosecutor = await signedIn(puebla, ['prosecutor']);
    const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    const seenBy = async (agencyId: string) => {
      const auditor = await signedIn(agencyId, ['auditor']);
      const entries = await auditor.call('GET', `/api/v1/audit/entries?recordId=${opened.body.id}`);
      return entries.body.items.length;
    };
    expect(await seenBy(puebla)).toBe(1);
    expect(await seenBy(platform)).toBe(1);
    expect(await seenBy(chiapas)).toBe(0);
  });

  it('fire once an hour when someone reads more identities than the limit', async () => {
    const reader = await userWithSession(bed.database, {
      username: 'lector-masivo',
      agencyId: puebla,
      roles: ['investigator'],
    });
    const actor = { userId: reader.id, agencyId: puebla, roles: ['investigator' as const] };
    for (let read = 1; read <= 6; read++) {
      await withActor(bed.database.db, actor, (trx) =>
        recordIdentityRead(trx, actor, { recordType: 'person', recordId: `p-${read}`, fields: ['names'] }, 3),
      );
    }
    const alerts = await bed.database.owner.query(
      `SELECT kind, agency_id, details FROM security_alerts WHERE subject_user_id = $1`,
      [reader.id],
    );
    expect(alerts.rows).toEqual([
      { kind: 'identity_read_rate', agency_id: puebla, details: { readsLastHour: 4, limit: 3 } },
    ]);
  });
});
