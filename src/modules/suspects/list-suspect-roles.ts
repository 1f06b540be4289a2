import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { authorizeSuspectRoles } from './access.ts';
import type { SuspectRoleView } from './contract.ts';
import { fieldsOf, viewOf } from './record.ts';
import { listSuspectRoleRows } from './store.ts';

/** The suspect roles of a case, or of one suspect, oldest first (audited read). */
export async function listSuspectRoles(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  caseId: string,
  filter: { personId?: string | undefined },
): Promise<{ items: SuspectRoleView[] }> {
  return withActor(deps.db, caller, async (trx) => {
    await authorizeSuspectRoles(trx, caller, caseId, 'read');
    const found = await listSuspectRoleRows(trx, caseId, filter.personId);
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'suspect_roles', ...(filter.personId && { personId: filter.personId }) },
    });
    return {
      items: found.map(({ row, agency }) => viewOf(row, fieldsOf(deps.keyRing, row, agency), agency)),
    };
  });
}
