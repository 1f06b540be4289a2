import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../../../../test/support/access-bed.ts';
import { auditCount } from '../../../../test/support/case-files.ts';
import { ifMatch } from '../../../../test/support/case-records.ts';
import { caseWithSurvivor } from '../../../../test/support/linkage.ts';
import { withLinkageActor } from '../database/linkage-actor.ts';
import { refreshLinkage } from '../database/refresh-linkage.ts';

const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;

/** One synthetic survivor, recorded in full by four cases: the engine links them into one person. */
const MARISOL = {
  givenNames: 'Marisol Guadalupe',
  firstSurname: 'Tzec',
  secondSurname: 'Balam',
  birthDate: '1994-03-21',
};
const REASON = 'La entrevista de seguimiento mostró que es otra persona';

describe('taking a record out of its person', () => {
  let supervisor: Session;
  let prosecutor: Session;
  let pueblaRecords: string[];
  let fevimtraRecord: string;
  let clusterId: string;
  let detachmentId: string;

  const clusterOf = async (personId: string) => {
    const row = await bed.database.owner.query(
      'SELECT cluster_id FROM linkage_records WHERE person_id = $1',
      [personId],
    );
    return row.rows[0].cluster_id as string;
  };
  /** The pairs of a record by decision, as the linkage actor sees them (reviewers see only their own records). */
  const decisionsOf = (personId: string) =>
    withLinkageActor(bed.database.db, async (trx) => {
      const found = await sql<{ decision: string | null; count: number }>`
        SELECT decision, count(*)::int AS count FROM linkage_pairs
        WHERE ${personId}::uuid IN (first_person_id, second_person_id) GROUP BY decision`.execute(trx);
      return found.rows;
    });
  const detachmentCount = async () =>
    Number((await bed.database.owner.query('SELECT count(*) FROM linkage_detachments')).rows[0].count);
  const detach = (session: Session, body: unknown, version: number, cluster = clusterId) =>
    session.call('POST', `/api/v1/linkage/clusters/${cluster}/detachments`, body, ifMatch(version));

  beforeAll(async () => {
    prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    supervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    pueblaRecords = [];
    for (let index = 0; index < 3; index++) {
      pueblaRecords.push((await caseWithSurvivor(prosecutor, MARISOL)).personId);
    }
    const fevimtra = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    fevimtraRecord = (await caseWithSurvivor(fevimtra, MARISOL)).personId;
    await refreshLinkage(bed.database.db, bed.server.keyRing);
    clusterId = await clusterOf(pueblaRecords[0]!);
    for (const personId of [...pueblaRecords, fevimtraRecord])
      expect(await clusterOf(personId)).toBe(clusterId);
  });

  it('shows a supervisor the records they may see, with agency, case and evidence, and no names', async () => {
    const read = await supervisor.call('GET', `/api/v1/linkage/clusters/${clusterId}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(`"${read.body.version}"`);
    expect(read.body.records.map((record: { personId: string }) => record.personId).sort()).toEqual(
      [...pueblaRecords].sort(),
    );
    expect(read.body.records.every((record: { agencyCode: string }) => record.agencyCode === 'FGE-PUE')).toBe(
      true,
    );
    expect(read.body.pairs.length).toBeGreaterThan(0);
    for (const pair of read.body.pairs) {
      expect(pueblaRecords).toContain(pair.firstPersonId);
      expect(pueblaRecords).toContain(pair.secondPersonId);
      expect(pair.matchProbability).toBeGreaterThan(0.5);
    }
    expect(JSON.stringify(read.body)).not.toMatch(/Marisol|Tzec|Balam/);
    expect(await auditCount(bed.database.owner, 'linkage.cluster_read', clusterId)).toBe(1);
  });

  it('answers 404 to a non-reviewer and to a reviewer of an agency that sees none of its records', async () => {
    const chiapas = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
    for (const session of [prosecutor, chiapas]) {
      expect((await session.call('GET', `/api/v1/linkage/clusters/${clusterId}`)).status).toBe(404);
      const refused = await detach(session, { personId: pueblaRecords[0], reason: REASON }, 1);
      expect(refused.status).toBe(404);
    }
    const fevimtraSupervisor = await bed.signedIn(bed.agencies.fevimtra, ['supervisor']);
    const ownView = await fevimtraSupervisor.call('GET', `/api/v1/linkage/clusters/${clusterId}`);
    expect(ownView.body.records.map((record: { personId: string }) => record.personId)).toEqual([
      fevimtraRecord,
    ]);
    const version = ownView.body.version;
    const hidden = await detach(fevimtraSupervisor, { personId: pueblaRecords[0], reason: REASON }, version);
    expect(hidden.status).toBe(404);
    const alone = await detach(fevimtraSupervisor, { personId: fevimtraRecord, reason: REASON }, version);
    expect(alone.status).toBe(422);
    expect(alone.body.code).toBe('record_already_alone');
    expect(await detachmentCount()).toBe(0);
  });

  it('refuses bad input clearly and changes nothing', async () => {
    const { version } = (await supervisor.call('GET', `/api/v1/linkage/clusters/${clusterId}`)).body;
    const personId = pueblaRecords[0];
    const path = `/api/v1/linkage/clusters/${clusterId}/detachments`;
    expect((await supervisor.call('POST', path, { personId, reason: REASON })).status).toBe(428);
    const noReason = await detach(supervisor, { personId }, version);
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('reason');
    const shortReason = await detach(supervisor, { personId, reason: 'otra' }, version);
    expect(shortReason.status).toBe(400);
    expect(shortReason.body.errors[0].path).toBe('reason');
    expect((await detach(supervisor, { personId: 'nope', reason: REASON }, version)).status).toBe(400);
    expect((await detach(supervisor, { personId, reason: REASON, merge: false }, version)).status).toBe(400);
    expect((await detach(supervisor, { personId, reason: REASON }, version, 'nope')).status).toBe(400);
    const stale = await detach(supervisor, { personId, reason: REASON }, version + 5);
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(`"${version}"`);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const english = await supervisor.call(
      'POST',
      path,
      { personId, reason: REASON },
      {
        ...ifMatch(version + 5),
        'accept-language': 'en',
      },
    );
    expect(english.body.title).toMatch(/[a-z]/);
    expect(await detachmentCount()).toBe(0);
    const after = await supervisor.call('GET', `/api/v1/linkage/clusters/${clusterId}`);
    expect(after.body.version).toBe(version);
    expect(after.body.records).toHaveLength(3);
  });

  it('makes the record a person of its own, decided "different" from every record it left', async () => {
    const before = (await supervisor.call('GET', `/api/v1/linkage/clusters/${clusterId}`)).body;
    const detached = pueblaRecords[0]!;
    const made = await detach(supervisor, { personId: detached, reason: REASON }, before.version);
    expect(made.status).toBe(201);
    detachmentId = made.body.id;
    expect(made.body).toMatchObject({ reason: REASON, undoneAt: null, record: { personId: detached } });
    const remaining = made.body.fromClusterId;
    expect(made.body.record.clusterId).not.toBe(remaining);
    for (const personId of [...pueblaRecords.slice(1), fevimtraRecord]) {
      expect(await clusterOf(personId)).toBe(remaining);
    }
    expect(await decisionsOf(detached)).toEqual([{ decision: 'different', count: 3 }]);
    expect(await auditCount(bed.database.owner, 'linkage.detach', clusterId)).toBe(1);

    const stale = await detach(supervisor, { personId: pueblaRecords[1], reason: REASON }, before.version);
    expect(stale.status).toBe(412);
    const view = await supervisor.call('GET', `/api/v1/linkage/clusters/${remaining}`);
    expect(view.body.records).toHaveLength(2);
    expect(view.body.detachments.map((item: { id: string }) => item.id)).toEqual([detachmentId]);
  });

  it('is not pulled back by later runs, incremental or over every record', async () => {
    const detached = pueblaRecords[0]!;
    const left = [...pueblaRecords.slice(1), fevimtraRecord];
    const keptApart = async () => {
      const remaining = await clusterOf(left[0]!);
      for (const personId of left) expect(await clusterOf(personId)).toBe(remaining);
      expect(await clusterOf(detached)).not.toBe(remaining);
    };
    // A newcomer as like the detached record as the others may join either side; it must not bridge them.
    await caseWithSurvivor(prosecutor, MARISOL);
    await refreshLinkage(bed.database.db, bed.server.keyRing);
    await keptApart();
    await withLinkageActor(bed.database.db, (trx) =>
      sql`UPDATE linkage_records SET linked_version = linked_version - 1`.execute(trx),
    );
    const full = await refreshLinkage(bed.database.db, bed.server.keyRing);
    expect(full.linked).toBe(5);
    await keptApart();
  });

  it('puts the record back with a reason only, and audits it', async () => {
    const path = `/api/v1/linkage/detachments/${detachmentId}/undo`;
    expect((await supervisor.call('POST', path, { reason: REASON })).status).toBe(428);
    expect((await supervisor.call('POST', path, { reason: 'ya' }, ifMatch(1))).status).toBe(400);
    expect((await supervisor.call('POST', path, {}, ifMatch(1))).status).toBe(400);
    expect((await supervisor.call('POST', path, { reason: REASON }, ifMatch(4))).status).toBe(412);
    expect((await prosecutor.call('POST', path, { reason: REASON }, ifMatch(1))).status).toBe(404);
    const chiapas = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
    expect((await chiapas.call('POST', path, { reason: REASON }, ifMatch(1))).status).toBe(404);
    const undoReason = 'Se confirmó con la institución que sí es la misma persona';
    const undone = await supervisor.call('POST', path, { reason: undoReason }, ifMatch(1));
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ version: 2, undoReason });
    expect(undone.body.undoneAt).not.toBeNull();
    expect(await clusterOf(pueblaRecords[0]!)).toBe(await clusterOf(pueblaRecords[1]!));
    expect(await clusterOf(pueblaRecords[0]!)).toBe(await clusterOf(fevimtraRecord));
    expect(await decisionsOf(pueblaRecords[0]!)).toEqual([{ decision: null, count: 4 }]);
    expect(await auditCount(bed.database.owner, 'linkage.detach_undo', detachmentId)).toBe(1);
    const again = await supervisor.call('POST', path, { reason: undoReason }, ifMatch(2));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('detachment_already_undone');
  });
});
