import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Criterion } from '../../contracts/annual-report.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { JUDGEMENT_FIELDS, recordAssessmentChange } from './assessment-history.ts';
import { loadJudgements } from './assessment-store.ts';
import { requireReportWriter } from './report-access.ts';
import type { JudgementView, judgementRequest } from './report-contract.ts';

/**
 * A reviewer's judgement on one criterion for one year (the commission only). The first is written
 * without If-Match; changing it needs the version read (If-Match), and names the new reviewer and time.
 */
export function judgeCriterion(
  db: Kysely<Schema>,
  caller: CaseCaller,
  target: { year: number; criterion: Criterion },
  expected: number | null,
  request: z.infer<typeof judgementRequest>,
): Promise<{ judgement: JudgementView; created: boolean }> {
  return withActor(db, caller, async (trx) => {
    await requireReportWriter(trx, caller);
    const { year, criterion } = target;
    const current = await trx
      .selectFrom('assessment_judgements')
      .select(['version', 'rating', 'note'])
      .where('year', '=', year)
      .where('criterion', '=', criterion)
      .executeTakeFirst();
    if (current && expected === null) throw new ProblemError(428, 'precondition_required');
    if (!current && expected !== null) throw versionConflict(0, expected);
    if (current) {
      const changed = await trx
        .updateTable('assessment_judgements')
        .set({
          rating: request.rating,
          note: request.note,
          reviewer_id: caller.userId,
          judged_at: new Date(),
          version: current.version + 1,
        })
        .where('year', '=', year)
        .where('criterion', '=', criterion)
        .where('version', '=', expected)
        .executeTakeFirst();
      if (changed.numUpdatedRows === 0n) throw versionConflict(current.version, expected ?? 0);
    } else {
      await trx
        .insertInto('assessment_judgements')
        .values({ year, criterion, rating: request.rating, note: request.note, reviewer_id: caller.userId })
        .execute();
    }
    await recordAssessmentChange(trx, {
      subject: 'judgement',
      subjectKey: criterion,
      year,
      version: (current?.version ?? 0) + 1,
      changes: fieldChanges(JUDGEMENT_FIELDS, current ?? {}, request),
      reason: request.note || null,
    });
    await recordAudit(trx, {
      action: 'report.judgement',
      recordType: 'assessment_judgement',
      details: { year, criterion, rating: request.rating },
    });
    const judgement = (await loadJudgements(trx, year))[criterion]!;
    return { judgement: { ...judgement, year, criterion }, created: !current };
  });
}
