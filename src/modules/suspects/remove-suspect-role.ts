import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeSuspectRoles } from './access.ts';
import { fieldsOf, SUSPECT_ROLE_HISTORY } from './record.ts';
import { deleteSuspectRoleRow, findSuspectRole, suspectRoleVersion } from './store.ts';

/**
 * Removes a suspect role entered by mistake, at the version read and with a reason. Its history keeps
 * what it held; a wall it raised stays, as lifting one is not an edit.
 */
export async function removeSuspectRole(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; suspectRoleId: string; expected: number },
  reason: string,
): Promise<void> {
  await withActor(deps.db, caller, async (trx) => {
    const { caseId, suspectRoleId: id, expected } = target;
    await authorizeSuspectRoles(trx, caller, caseId, 'write');
    const found = await findSuspectRole(trx, caseId, id);
    if (!found) throw notFound();
    requireVersion(found.row.version, expected);
    if (!(await deleteSuspectRoleRow(trx, { id, expected }))) {
      const current = await suspectRoleVersion(trx, id);
      throw current === undefined ? notFound() : versionConflict(current, expected);
    }
    const before = fieldsOf(deps.keyRing, found.row, found.agency);
    const cleared = Object.fromEntries(Object.keys(SUSPECT_ROLE_HISTORY).map((field) => [field, null]));
    const version = found.row.version + 1;
    await recordChange(trx, {
      caseId,
      recordType: 'suspect_role',
      recordId: id,
      version,
      kind: 'removed',
      fieldGroup: 'investigation',
      changes: fieldChanges(SUSPECT_ROLE_HISTORY, before, cleared),
      reason,
    });
    await recordAudit(trx, {
      action: 'suspect_role.remove',
      recordType: 'suspect_role',
      recordId: id,
      reason,
      details: { caseId, version },
    });
  });
}
