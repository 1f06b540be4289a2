import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase, personOfCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { mayDecideIdentification } from './identification-roles.ts';
import type { identificationRequest } from './record-contract.ts';

export async function decideIdentification(
  db: Kysely<Schema>,
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  input: z.infer<typeof identificationRequest>,
) {
  if (!mayDecideIdentification(caller.roles)) throw notFound();
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, target.caseId, 'case.update');
    await personOfCase(trx, target.caseId, target.personId);
    const decision = await trx
      .insertInto('identification_decisions')
      .values({
        case_id: target.caseId,
        person_id: target.personId,
        status: input.status,
        reason: input.reason,
        decided_by: caller.userId,
        decided_by_agency_id: caller.agencyId,
      })
      .returning(['id', 'status', 'decided_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'identification.decide',
      recordType: 'person',
      recordId: target.personId,
      reason: input.reason,
      details: { status: input.status },
    });
    return { id: decision.id, status: decision.status, decidedAt: decision.decided_at.toISOString() };
  });
}
