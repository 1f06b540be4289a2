import type { Transaction } from 'kysely';
import type { Detachment, PairRecord, PersonCluster } from '../../../contracts/linkage.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { probabilityFromWeight } from '../model/parameters.ts';

/**
 * A person cluster as row-level security lets the caller see it: only its records whose cases the
 * caller may see (agency, case and the facts kept in clear, never names), the evidence between those,
 * and the detachments that took a record out of it or left one in it. 404 when no record is visible.
 */
export async function findPersonCluster(trx: Transaction<Schema>, clusterId: string): Promise<PersonCluster> {
  const cluster = await trx
    .selectFrom('person_clusters')
    .select(['id', 'version'])
    .where('id', '=', clusterId)
    .executeTakeFirst();
  const records = await recordRows(trx)
    .select('r.linked_at')
    .where('r.cluster_id', '=', clusterId)
    .orderBy('r.linked_at')
    .orderBy('r.person_id')
    .execute();
  if (!cluster || records.length === 0) throw notFound();
  const memberIds = records.map((record) => record.person_id);
  return {
    id: cluster.id,
    version: cluster.version,
    records: records.map((row) => ({ ...pairRecordOf(row), linkedAt: row.linked_at.toISOString() })),
    pairs: await pairsAmong(trx, memberIds),
    detachments: await detachmentRows(trx)
      .where('d.undone_at', 'is', null)
      .where((eb) => eb.or([eb('d.from_cluster_id', '=', clusterId), eb('d.person_id', 'in', memberIds)]))
      .orderBy('d.detached_at', 'desc')
      .execute()
      .then((rows) => rows.map(detachmentOf)),
  };
}

export async function findDetachment(trx: Transaction<Schema>, detachmentId: string): Promise<Detachment> {
  const row = await detachmentRows(trx).where('d.id', '=', detachmentId).executeTakeFirst();
  if (!row) throw notFound();
  return detachmentOf(row);
}

/** Survivor records with their source; row-level security keeps out those the caller may not see. */
function recordRows(trx: Transaction<Schema>) {
  return trx
    .selectFrom('linkage_records as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('agencies as a', 'a.id', 'p.recorded_by_agency_id')
    .select([
      'r.person_id',
      'r.cluster_id',
      'p.case_id',
      'c.reference',
      'a.code as agency_code',
      'p.sex',
      'p.birth_year',
      'p.nationality',
    ]);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof recordRows>['executeTakeFirstOrThrow']>>;

const pairRecordOf = (row: RecordRow): PairRecord => ({
  personId: row.person_id,
  caseId: row.case_id,
  caseReference: row.reference,
  agencyCode: row.agency_code,
  sex: row.sex,
  birthYear: row.birth_year,
  nationality: row.nationality,
  clusterId: row.cluster_id,
});

async function pairsAmong(trx: Transaction<Schema>, memberIds: readonly string[]) {
  if (memberIds.length < 2) return [];
  const rows = await trx
    .selectFrom('linkage_pairs')
    .select(['id', 'first_person_id', 'second_person_id', 'match_weight', 'decision'])
    .where('first_person_id', 'in', memberIds)
    .where('second_person_id', 'in', memberIds)
    .orderBy('match_weight', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    pairId: row.id,
    firstPersonId: row.first_person_id,
    secondPersonId: row.second_person_id,
    matchWeight: row.match_weight,
    matchProbability: probabilityFromWeight(row.match_weight),
    decision: row.decision,
  }));
}

function detachmentRows(trx: Transaction<Schema>) {
  return trx
    .selectFrom('linkage_detachments as d')
    .innerJoin(recordRows(trx).as('r'), (join) => join.onRef('r.person_id', '=', 'd.person_id'))
    .selectAll('r')
    .select([
      'd.id',
      'd.version',
      'd.from_cluster_id',
      'd.reason',
      'd.detached_at',
      'd.undone_at',
      'd.undo_reason',
    ]);
}

type DetachmentRow = Awaited<ReturnType<ReturnType<typeof detachmentRows>['executeTakeFirstOrThrow']>>;

const detachmentOf = (row: DetachmentRow): Detachment => ({
  id: row.id,
  version: row.version,
  record: pairRecordOf(row),
  fromClusterId: row.from_cluster_id,
  reason: row.reason,
  detachedAt: row.detached_at.toISOString(),
  undoneAt: row.undone_at?.toISOString() ?? null,
  undoReason: row.undo_reason,
});
