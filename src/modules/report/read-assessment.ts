import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { CRITERIA } from '../../contracts/annual-report.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { loadJudgements } from './assessment-store.ts';
import { requireReportReader } from './report-access.ts';
import type { assessmentState } from './report-contract.ts';

/** The judgements and tier recorded for a year, with versions for If-Match. Report readers only. */
export function readAssessment(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
): Promise<z.infer<typeof assessmentState>> {
  return withActor(db, caller, async (trx) => {
    const access = await requireReportReader(trx, caller);
    const judgements = await loadJudgements(trx, year);
    const tier = await trx
      .selectFrom('tier_history')
      .select(['year', 'tier', 'waived', 'version'])
      .where('year', '=', year)
      .executeTakeFirst();
    return {
      year,
      tier: tier ?? null,
      judgements: CRITERIA.flatMap((criterion) => {
        const judgement = judgements[criterion];
        return judgement ? [{ ...judgement, year, criterion }] : [];
      }),
      canEdit: access.writes,
    };
  });
}
