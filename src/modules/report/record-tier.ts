import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordAssessmentChange, TIER_FIELDS } from './assessment-history.ts';
import { requireReportWriter } from './report-access.ts';
import type { tierRequest, tierView } from './report-contract.ts';

/**
 * Records the tier assessed for a year (the commission only): the first time without If-Match, a
 * correction with the version read. The suggestion stays a suggestion until someone records this.
 */
export function recordTier(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
  expected: number | null,
  request: z.infer<typeof tierRequest>,
): Promise<{ tier: z.infer<typeof tierView>; created: boolean }> {
  return withActor(db, caller, async (trx) => {
    await requireReportWriter(trx, caller);
    const current = await trx
      .selectFrom('tier_history')
      .select(['version', 'tier', 'waived'])
      .where('year', '=', year)
      .executeTakeFirst();
    if (current && expected === null) throw new ProblemError(428, 'precondition_required');
    if (!current && expected !== null) throw versionConflict(0, expected);
    const values = { tier: request.tier, waived: request.waived, recorded_by: caller.userId };
    const saved = current
      ? await trx
          .updateTable('tier_history')
          .set({ ...values, recorded_at: new Date(), version: current.version + 1 })
          .where('year', '=', year)
          .where('version', '=', expected)
          .returning(['year', 'tier', 'waived', 'version'])
          .executeTakeFirst()
      : await trx
          .insertInto('tier_history')
          .values({ year, ...values })
          .returning(['year', 'tier', 'waived', 'version'])
          .executeTakeFirstOrThrow();
    if (!saved) throw versionConflict(current!.version, expected ?? 0);
    await recordAssessmentChange(trx, {
      subject: 'tier',
      subjectKey: String(year),
      year,
      version: saved.version,
      changes: fieldChanges(TIER_FIELDS, current ?? {}, request),
      reason: null,
    });
    await recordAudit(trx, {
      action: 'report.tier',
      details: { year, tier: request.tier, waived: request.waived },
    });
    return { tier: saved, created: !current };
  });
}
