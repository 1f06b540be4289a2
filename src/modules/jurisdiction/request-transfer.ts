import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { receivingAgency } from '../../platform/access/receiving-agency.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { transferRequest } from './case-contract.ts';
import { authorityOf } from './owners.ts';
import { DEFAULT_RESPONSE_HOURS } from './transfers.ts';

/**
 * The owning authority asks another to take the case over. The case keeps one owner until the other
 * side accepts; an unanswered request is overdue after the response window and escalates. The
 * receiving authority's prosecutors and supervisors are told at once.
 */
export async function requestCaseTransfer(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  input: z.infer<typeof transferRequest>,
  responseHours = DEFAULT_RESPONSE_HOURS,
) {
  return withActor(db, caller, async (trx) => {
    const { row } = await authorizeCase(trx, caller, caseId, 'case.share');
    const target = await receivingAgency(trx, input.toAgencyCode);
    if (!target) throw new ProblemError(400, 'unknown_agency');
    if (target.id === row.owningAgencyId) throw new ProblemError(400, 'transfer_to_self');
    if (!authorityOf(target.agencyType))
      throw new ProblemError(400, 'transfer_target_not_authority', { agency: target.code });
    const respondBy = new Date(Date.now() + responseHours * 3_600_000);
    try {
      const created = await trx
        .insertInto('case_transfers')
        .values({
          case_id: caseId,
          from_agency_id: row.owningAgencyId,
          to_agency_id: target.id,
          reason: input.reason,
          requested_by: caller.userId,
          respond_by: respondBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        action: 'case.transfer_request',
        recordType: 'case',
        recordId: caseId,
        reason: input.reason,
        details: { transferId: created.id, toAgencyId: target.id },
      });
      await notifyUsers(trx, await agencyMembers(trx, target.id, ['prosecutor', 'supervisor']), {
        kind: 'transfer_requested',
        subject: { type: 'case_transfer', id: created.id },
        caseId,
        params: { from: row.owningAgencyCode, to: target.code, respondBy: respondBy.toISOString() },
      });
      return { id: created.id, respondBy: respondBy.toISOString() };
    } catch (error) {
      // The owning agency may not be the caller's (opened elsewhere): only the owner transfers.
      if ((error as { code?: string }).code === '23505') throw new ProblemError(409, 'transfer_pending');
      if ((error as { code?: string }).code === '42501') throw new ProblemError(404, 'not_found');
      throw error;
    }
  });
}
