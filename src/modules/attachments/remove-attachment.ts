import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion } from '../../platform/http/versioning.ts';
import { requireRecordWrite } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordChange } from '../history/record-change.ts';
import { attachmentViews } from './attachment-store.ts';

/** Removes a file attached in error, at the version read, with a reason kept in the case's history. */
export async function removeAttachment(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; attachmentId: string },
  expected: number,
  reason: string,
): Promise<void> {
  const { caseId, attachmentId } = target;
  await withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const [existing] = await attachmentViews(trx, deps.keyRing, caseId, { id: attachmentId });
    if (!existing) throw notFound();
    requireRecordWrite(caller, relation, existing.fieldGroup, false);
    requireVersion(existing.version, expected);
    const deleted = await trx
      .deleteFrom('case_attachments')
      .where('id', '=', attachmentId)
      .where('version', '=', expected)
      .executeTakeFirst();
    // Files never change, so only a removal that committed meanwhile can leave nothing to delete.
    if (deleted.numDeletedRows === 0n) throw notFound();
    await recordChange(trx, {
      caseId,
      recordType: 'case_attachment',
      recordId: attachmentId,
      version: existing.version + 1,
      kind: 'removed',
      fieldGroup: existing.fieldGroup,
      changes: [],
      reason,
    });
    await recordAudit(trx, {
      action: 'case_attachment.remove',
      recordType: 'case_attachment',
      recordId: attachmentId,
      reason,
      details: { caseId, version: existing.version },
    });
  });
}
