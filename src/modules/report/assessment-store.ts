import type { Transaction } from 'kysely';
import type { Criterion, Judgement, TierRecord } from '../../contracts/annual-report.ts';
import type { Schema } from '../../platform/db/schema.ts';

/** A year's judgements by criterion, each with its reviewer's display name and time. */
export async function loadJudgements(
  trx: Transaction<Schema>,
  year: number,
): Promise<Partial<Record<Criterion, Judgement>>> {
  const rows = await trx
    .selectFrom('assessment_judgements as j')
    .innerJoin('users as u', 'u.id', 'j.reviewer_id')
    .select(['j.criterion', 'j.rating', 'j.note', 'j.judged_at', 'j.version', 'u.display_name'])
    .where('j.year', '=', year)
    .execute();
  return Object.fromEntries(
    rows.map((row) => [
      row.criterion,
      {
        rating: row.rating,
        note: row.note,
        reviewer: row.display_name,
        judgedAt: row.judged_at.toISOString(),
        version: row.version,
      },
    ]),
  );
}

export async function loadTierHistory(trx: Transaction<Schema>): Promise<TierRecord[]> {
  return trx.selectFrom('tier_history').select(['year', 'tier', 'waived']).orderBy('year').execute();
}
