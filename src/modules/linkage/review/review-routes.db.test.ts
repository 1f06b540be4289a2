import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../../../../test/support/access-bed.ts';
import { auditCount } from '../../../../test/support/case-files.ts';
import { ifMatch } from '../../../../test/support/case-records.ts';
import { caseWithSurvivor, shareCase } from '../../../../test/support/linkage.ts';
import { refreshLinkage } from '../database/refresh-linkage.ts';
import { LINK_DEFAULTS } from '../defaults.ts';

const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;

/** The same synthetic survivor seen by two agencies: the second record lacks the maternal surname and birth date. */
const ROSA = {
  givenNames: 'Rosa Elena',
  firstSurname: 'Quintal',
  secondSurname: 'Uc',
  birthDate: '1988-11-02',
};
const ROSA_PARTIAL = { givenNames: 'Rosa Elena', firstSurname: 'Quintal' };

const queue = (session: Session, status = 'pending') =>
  session.call('GET', `/api/v1/linkage/review-pairs?status=${status}`);

describe('the record-linkage review queue', () => {
  let pueblaSupervisor: Session;
  let fevimtraSupervisor: Session;
  let fevimtraCase: string;
  let pairId: string;

  beforeAll(async () => {
    const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const fevimtra = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    pueblaSupervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    fevimtraSupervisor = await bed.signedIn(bed.agencies.fevimtra, ['supervisor']);
    await caseWithSurvivor(puebla, ROSA);
    fevimtraCase = (await caseWithSurvivor(fevimtra, ROSA_PARTIAL)).caseId;
    await refreshLinkage(bed.database.db, bed.server.keyRing);
  });

  it('is closed to roles that do not review', async () => {
    for (const roles of [['prosecutor'], ['statistician'], ['auditor']] as const) {
      const session = await bed.signedIn(bed.agencies.puebla, [...roles]);
      const refused = await queue(session);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('linkage_reviewer_required');
    }
  });

  it('hides a pair from a supervisor who may not see both records, and answers 404 for it', async () => {
    expect((await queue(pueblaSupervisor)).body.items).toEqual([]);
    await shareCase(await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']), fevimtraCase, 'FGE-PUE');
    const listed = await queue(pueblaSupervisor);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    pairId = listed.body.items[0].id;
    expect((await queue(fevimtraSupervisor)).body.items).toEqual([]);
    const hidden = await fevimtraSupervisor.call('GET', `/api/v1/linkage/review-pairs/${pairId}`);
    expect(hidden.status).toBe(404);
    const chiapas = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
    expect((await chiapas.call('GET', `/api/v1/linkage/review-pairs/${pairId}`)).status).toBe(404);
  });

  it('shows the evidence per field, adding up to the match weight, and no names', async () => {
    const pair = await pueblaSupervisor.call('GET', `/api/v1/linkage/review-pairs/${pairId}`);
    expect(pair.status).toBe(200);
    expect(pair.headers.get('etag')).toBe('"1"');
    const { body } = pair;
    expect(body.matchProbability).toBeGreaterThanOrEqual(LINK_DEFAULTS.reviewFloor);
    expect(body.matchProbability).toBeLessThan(LINK_DEFAULTS.threshold);
    expect(new Set([body.first.agencyCode, body.second.agencyCode])).toEqual(
      new Set(['FGE-PUE', 'FEVIMTRA']),
    );
    const sum = body.evidence.reduce(
      (total: number, line: { weight: number; termFrequencyWeight: number | null }) =>
        total + line.weight + (line.termFrequencyWeight ?? 0),
      body.priorWeight,
    );
    expect(sum).toBeCloseTo(body.matchWeight, 3);
    expect(
      body.evidence.find((line: { comparison: string }) => line.comparison === 'surname_2').outcome,
    ).toBe('missing');
    expect(JSON.stringify(body)).not.toMatch(/Rosa|Quintal/);
    expect(await auditCount(bed.database.owner, 'linkage.pair_read', pairId)).toBe(1);
  });

  it('refuses bad decisions clearly and changes nothing', async () => {
    const path = `/api/v1/linkage/review-pairs/${pairId}/decision`;
    expect((await pueblaSupervisor.call('POST', path, { decision: 'same' })).status).toBe(428);
    const unknown = await pueblaSupervisor.call('POST', path, { decision: 'maybe' }, ifMatch(1));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('decision');
    const extra = await pueblaSupervisor.call('POST', path, { decision: 'same', merge: true }, ifMatch(1));
    expect(extra.status).toBe(400);
    const stale = await pueblaSupervisor.call('POST', path, { decision: 'same' }, ifMatch(7));
    expect(stale.status).toBe(412);
    const badId = await pueblaSupervisor.call(
      'POST',
      '/api/v1/linkage/review-pairs/nope/decision',
      { decision: 'same' },
      ifMatch(1),
    );
    expect(badId.status).toBe(400);
    const hidden = await fevimtraSupervisor.call('POST', path, { decision: 'same' }, ifMatch(1));
    expect(hidden.status).toBe(404);
    const unchanged = await pueblaSupervisor.call('GET', `/api/v1/linkage/review-pairs/${pairId}`);
    expect(unchanged.body).toMatchObject({ decision: null, version: 1, together: false });
  });

  it('joins the two records into one person on "same", and later runs keep the decision', async () => {
    const path = `/api/v1/linkage/review-pairs/${pairId}/decision`;
    const decided = await pueblaSupervisor.call('POST', path, { decision: 'same' }, ifMatch(1));
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ decision: 'same', together: true, version: 2 });
    expect(await auditCount(bed.database.owner, 'linkage.decide', pairId)).toBe(1);
    const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    await caseWithSurvivor(puebla, { ...ROSA, givenNames: 'Rosa' });
    await refreshLinkage(bed.database.db, bed.server.keyRing);
    const after = await pueblaSupervisor.call('GET', `/api/v1/linkage/review-pairs/${pairId}`);
    expect(after.body).toMatchObject({ decision: 'same', together: true });
    expect(
      (await queue(pueblaSupervisor, 'decided')).body.items.map((item: { id: string }) => item.id),
    ).toEqual([pairId]);
  });

  it('unmerges with a reason only, and audits it', async () => {
    const path = `/api/v1/linkage/review-pairs/${pairId}/decision`;
    const noReason = await pueblaSupervisor.call('POST', path, { decision: 'different' }, ifMatch(2));
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('unmerge_needs_reason');
    const shortReason = await pueblaSupervisor.call(
      'POST',
      path,
      { decision: 'different', reason: 'no' },
      ifMatch(2),
    );
    expect(shortReason.status).toBe(400);
    const unmerged = await pueblaSupervisor.call(
      'POST',
      path,
      { decision: 'different', reason: 'Las fechas de nacimiento del expediente físico no coinciden' },
      ifMatch(2),
    );
    expect(unmerged.status).toBe(200);
    expect(unmerged.body).toMatchObject({ decision: 'different', together: false, version: 3 });
    expect(await auditCount(bed.database.owner, 'linkage.unmerge', pairId)).toBe(1);
  });
});
