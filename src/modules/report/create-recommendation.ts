import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Recommendation } from '../../contracts/annual-report.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordRecommendationCreated } from './assessment-history.ts';
import { requireReportWriter } from './report-access.ts';
import type { recommendationRequest } from './report-contract.ts';
import { agencyExists, loadRecommendations } from './tracker-store.ts';

/**
 * A new tracked recommendation (the commission only); it starts not started, at version 1, and its
 * history starts with every field it was created with.
 */
export function createRecommendation(
  db: Kysely<Schema>,
  caller: CaseCaller,
  request: z.infer<typeof recommendationRequest>,
): Promise<Recommendation> {
  return withActor(db, caller, async (trx) => {
    await requireReportWriter(trx, caller);
    if (!(await agencyExists(trx, request.ownerAgencyId)))
      throw new ProblemError(400, 'recommendation_owner_unknown');
    const created = await trx
      .insertInto('recommendations')
      .values({
        text_es: request.textEs,
        text_en: request.textEn,
        owner_agency_id: request.ownerAgencyId,
        due_on: request.dueOn,
        indicator_codes: request.indicatorCodes,
        created_by: caller.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordRecommendationCreated(trx, created.id, request);
    await recordAudit(trx, {
      action: 'report.recommendation_create',
      recordType: 'recommendation',
      recordId: created.id,
    });
    const [item] = await loadRecommendations(trx, created.id);
    return item!;
  });
}
