import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { receivingAgency } from '../../platform/access/receiving-agency.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { shareCaseRequest } from './contract.ts';
import { insertShare } from './store.ts';

/** Sharing is an explicit, recorded act with a reason and an optional expiry; never with a suspended institution. */
export async function shareCase(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  input: z.infer<typeof shareCaseRequest>,
) {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.share');
    const agency = await receivingAgency(trx, input.agencyCode);
    if (!agency) throw new ProblemError(400, 'unknown_agency');
    if (input.expiresAt && new Date(input.expiresAt) <= new Date()) {
      throw new ProblemError(400, 'expiry_in_past');
    }
    const share = await insertShare(trx, {
      caseId,
      agencyId: agency.id,
      reason: input.reason,
      sharedBy: caller.userId,
      expiresAt: input.expiresAt ?? null,
    });
    await recordAudit(trx, {
      action: 'case.share',
      recordType: 'case',
      recordId: caseId,
      reason: input.reason,
      details: { agencyId: agency.id, expiresAt: input.expiresAt ?? null },
    });
    return { id: share.id };
  });
}
