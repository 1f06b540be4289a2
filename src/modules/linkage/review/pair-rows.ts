import { type Expression, type SqlBool, sql, type Transaction } from 'kysely';
import type { ReviewPair } from '../../../contracts/linkage.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { probabilityFromWeight } from '../model/parameters.ts';

/**
 * Pairs with both records, as row-level security lets the caller see them: a pair appears only to a
 * supervisor who may see both records' cases. The records come with their agency and case, never
 * with names: who they are stays behind each case's audited identity reveal.
 */
export function pairRows(trx: Transaction<Schema>) {
  return trx
    .selectFrom('linkage_pairs as lp')
    .innerJoin('people as p1', 'p1.id', 'lp.first_person_id')
    .innerJoin('people as p2', 'p2.id', 'lp.second_person_id')
    .innerJoin('cases as c1', 'c1.id', 'p1.case_id')
    .innerJoin('cases as c2', 'c2.id', 'p2.case_id')
    .innerJoin('agencies as a1', 'a1.id', 'p1.recorded_by_agency_id')
    .innerJoin('agencies as a2', 'a2.id', 'p2.recorded_by_agency_id')
    .leftJoin('linkage_records as r1', 'r1.person_id', 'lp.first_person_id')
    .leftJoin('linkage_records as r2', 'r2.person_id', 'lp.second_person_id')
    .select([
      'lp.id',
      'lp.version',
      'lp.match_weight',
      'lp.evidence',
      'lp.decision',
      'lp.decided_at',
      'p1.id as first_id',
      'p1.case_id as first_case_id',
      'c1.reference as first_reference',
      'a1.code as first_agency',
      'p1.sex as first_sex',
      'p1.birth_year as first_birth_year',
      'p1.nationality as first_nationality',
      'r1.cluster_id as first_cluster_id',
      'p2.id as second_id',
      'p2.case_id as second_case_id',
      'c2.reference as second_reference',
      'a2.code as second_agency',
      'p2.sex as second_sex',
      'p2.birth_year as second_birth_year',
      'p2.nationality as second_nationality',
      'r2.cluster_id as second_cluster_id',
      sql<boolean>`coalesce(r1.cluster_id = r2.cluster_id, false)`.as('together'),
    ]);
}

/** Whether the two records of a pair are in one cluster now, for filters. */
export const togetherNow: Expression<SqlBool> = sql<SqlBool>`coalesce(r1.cluster_id = r2.cluster_id, false)`;

export type PairRow = Awaited<ReturnType<ReturnType<typeof pairRows>['executeTakeFirstOrThrow']>>;

export function reviewPairOf(row: PairRow): ReviewPair {
  return {
    id: row.id,
    version: row.version,
    matchWeight: row.match_weight,
    matchProbability: probabilityFromWeight(row.match_weight),
    decision: row.decision,
    decidedAt: row.decided_at?.toISOString() ?? null,
    together: row.together,
    first: {
      personId: row.first_id,
      caseId: row.first_case_id,
      caseReference: row.first_reference,
      agencyCode: row.first_agency,
      sex: row.first_sex,
      birthYear: row.first_birth_year,
      nationality: row.first_nationality,
      clusterId: row.first_cluster_id,
    },
    second: {
      personId: row.second_id,
      caseId: row.second_case_id,
      caseReference: row.second_reference,
      agencyCode: row.second_agency,
      sex: row.second_sex,
      birthYear: row.second_birth_year,
      nationality: row.second_nationality,
      clusterId: row.second_cluster_id,
    },
  };
}
