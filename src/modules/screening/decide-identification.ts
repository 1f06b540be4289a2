import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Role } from '../../platform/access/roles.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase, personOfCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { identificationRequest } from './record-contract.ts';

/** Who may decide that someone is a possible, confirmed or not a victim (the classifier only informs it). */
const DECIDING_ROLES: readonly Role[] = ['intake_officer', 'investigator', 'prosecutor', 'supervisor'];

export async function decideIdentification(
  db: Kysely<Schema>,
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  input: z.infer<typeof identificationRequest>,
) {
  if (!caller.roles.some((role) => DECIDING_ROLES.includes(role))) throw notFound();
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
