import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { creationChanges, type FieldChange, type HistorySpec } from '../history/field-changes.ts';
import { requireReportReader } from './report-access.ts';
import type { assessmentHistory } from './report-contract.ts';

type Trx = Transaction<Schema>;
export type AssessmentSubject = 'judgement' | 'tier' | 'recommendation';
/** Every field below is shown, so every change carries both values. */
type ShownChange = Extract<FieldChange, { from: unknown }>;

/** Every field of the assessment is institutional text or a code: all are kept with their values. */
export const JUDGEMENT_FIELDS: HistorySpec<'rating' | 'note'> = { rating: 'shown', note: 'shown' };
export const TIER_FIELDS: HistorySpec<'tier' | 'waived'> = { tier: 'shown', waived: 'shown' };
export const RECOMMENDATION_FIELDS: HistorySpec<
  'textEs' | 'textEn' | 'ownerAgencyId' | 'dueOn' | 'indicatorCodes' | 'status'
> = {
  textEs: 'shown',
  textEn: 'shown',
  ownerAgencyId: 'shown',
  dueOn: 'shown',
  indicatorCodes: 'shown',
  status: 'shown',
};

/** A new recommendation's first history entry: every field it was created with, at version 1. */
export const recordRecommendationCreated = (
  trx: Trx,
  id: string,
  fields: Partial<Record<keyof typeof RECOMMENDATION_FIELDS, unknown>>,
) =>
  recordAssessmentChange(trx, {
    subject: 'recommendation',
    subjectKey: id,
    year: null,
    version: 1,
    changes: creationChanges(RECOMMENDATION_FIELDS, { ...fields, status: 'not_started' }),
    reason: null,
  });

/** One change of the assessment, in the writer's transaction, as the writer. */
export async function recordAssessmentChange(
  trx: Trx,
  entry: {
    subject: AssessmentSubject;
    subjectKey: string;
    year: number | null;
    version: number;
    changes: FieldChange[];
    reason: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('assessment_changes')
    .values({
      subject: entry.subject,
      subject_key: entry.subjectKey,
      year: entry.year,
      version: entry.version,
      changes: JSON.stringify(entry.changes),
      reason: entry.reason,
    })
    .execute();
}

/**
 * A year's changes to judgements and the recorded tier, and every change to tracked recommendations
 * (which outlive a year), newest first. Report readers only (anyone else: 404).
 */
export function readAssessmentHistory(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
): Promise<z.infer<typeof assessmentHistory>> {
  return withActor(db, caller, async (trx) => {
    await requireReportReader(trx, caller);
    const rows = await trx
      .selectFrom('assessment_changes as c')
      .innerJoin('users as u', 'u.id', 'c.changed_by')
      .select(['c.id', 'c.subject', 'c.subject_key', 'c.year', 'c.version', 'c.changes', 'c.reason'])
      .select(['c.changed_at', 'u.display_name'])
      .where((where) => where.or([where('c.year', '=', year), where('c.subject', '=', 'recommendation')]))
      .orderBy('c.id', 'desc')
      .limit(500)
      .execute();
    return {
      items: rows.map((row) => ({
        id: row.id,
        subject: row.subject,
        subjectKey: row.subject_key,
        year: row.year,
        version: row.version,
        changes: row.changes as ShownChange[],
        reason: row.reason,
        changedBy: row.display_name,
        changedAt: row.changed_at.toISOString(),
      })),
    };
  });
}
