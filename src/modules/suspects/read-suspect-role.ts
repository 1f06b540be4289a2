import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { authorizeSuspectRoles } from './access.ts';
import type { SuspectRoleView } from './contract.ts';
import { fieldsOf, viewOf } from './record.ts';
import { findSuspectRole } from './store.ts';

/** One suspect role, for readers of the investigation (audited read). */
export async function readSuspectRole(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; suspectRoleId: string },
): Promise<SuspectRoleView> {
  return withActor(deps.db, caller, async (trx) => {
    await authorizeSuspectRoles(trx, caller, target.caseId, 'read');
    const found = await findSuspectRole(trx, target.caseId, target.suspectRoleId);
    if (!found) throw notFound();
    await recordAudit(trx, {
      action: 'suspect_role.read',
      recordType: 'suspect_role',
      recordId: found.row.id,
      details: { caseId: target.caseId },
    });
    return viewOf(found.row, fieldsOf(deps.keyRing, found.row, found.agency), found.agency);
  });
}
