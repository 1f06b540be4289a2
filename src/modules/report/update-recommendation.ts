import type { Kysely } from 'kysely';
import type { Recommendation } from '../../contracts/annual-report.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { RECOMMENDATION_FIELDS, recordAssessmentChange } from './assessment-history.ts';
import { requireReportWriter } from './report-access.ts';
import type { RecommendationPatch } from './report-contract.ts';
import { agencyExists, isoDate, loadRecommendations } from './tracker-store.ts';

/**
 * Changes a recommendation (If-Match: its version). A change of status needs a progress note saying
 * why; notes are kept with who wrote them and when, and never edited nor removed.
 */
export function updateRecommendation(
  db: Kysely<Schema>,
  caller: CaseCaller,
  id: string,
  expected: number,
  patch: RecommendationPatch,
): Promise<Recommendation> {
  return withActor(db, caller, async (trx) => {
    await requireReportWriter(trx, caller);
    const row = await trx.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    requireVersion(row.version, expected);
    if (patch.ownerAgencyId && !(await agencyExists(trx, patch.ownerAgencyId)))
      throw new ProblemError(400, 'recommendation_owner_unknown');
    const status = patch.status ?? row.status;
    if (status !== row.status && !patch.progressNote) throw new ProblemError(400, 'progress_note_required');
    const updated = await trx
      .updateTable('recommendations')
      .set({
        ...(patch.textEs !== undefined && { text_es: patch.textEs }),
        ...(patch.textEn !== undefined && { text_en: patch.textEn }),
        ...(patch.ownerAgencyId !== undefined && { owner_agency_id: patch.ownerAgencyId }),
        ...(patch.dueOn !== undefined && { due_on: patch.dueOn }),
        ...(patch.indicatorCodes !== undefined && { indicator_codes: patch.indicatorCodes }),
        status,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
    if (!updated) throw versionConflict(row.version + 1, expected);
    if (patch.progressNote)
      await trx
        .insertInto('recommendation_notes')
        .values({
          recommendation_id: id,
          text: patch.progressNote,
          status,
          written_by: caller.userId,
        })
        .execute();
    await recordAssessmentChange(trx, {
      subject: 'recommendation',
      subjectKey: id,
      year: null,
      version: updated.version,
      changes: fieldChanges(
        RECOMMENDATION_FIELDS,
        {
          textEs: row.text_es,
          textEn: row.text_en,
          ownerAgencyId: row.owner_agency_id,
          dueOn: isoDate(row.due_on),
          indicatorCodes: row.indicator_codes,
          status: row.status,
        },
        { ...patch, status },
      ),
      reason: patch.progressNote ?? null,
    });
    await recordAudit(trx, {
      action: 'report.recommendation_update',
      recordType: 'recommendation',
      recordId: id,
      details: {
        fields: Object.keys(patch).filter((key) => key !== 'progressNote'),
        note: Boolean(patch.progressNote),
        version: updated.version,
      },
    });
    const [item] = await loadRecommendations(trx, id);
    return item!;
  });
}
