import type { Kysely } from 'kysely';
import type { Detachment } from '../../../contracts/linkage.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { ProblemError } from '../../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../../platform/http/versioning.ts';
import { refreshLinkage } from '../database/refresh-linkage.ts';
import { requireClusterReviewer } from './cluster-reviewer.ts';
import { findDetachment } from './cluster-view.ts';

/**
 * Puts a detached record back: the pairs the detachment decided get back what they had (unless a
 * reviewer decided them since), and the linkage actor redraws the clusters at once, so the record
 * rejoins the person if the evidence or earlier decisions still say so.
 */
export async function undoDetachment(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: Actor & { userId: string },
  target: { detachmentId: string; expectedVersion: number },
  input: { reason: string },
): Promise<Detachment> {
  requireClusterReviewer(caller);
  await withActor(deps.db, caller, async (trx) => {
    const detachment = await findDetachment(trx, target.detachmentId);
    requireVersion(detachment.version, target.expectedVersion);
    if (detachment.undoneAt !== null) throw new ProblemError(409, 'detachment_already_undone');
    const undone = await trx
      .updateTable('linkage_detachments')
      .set({
        undo_reason: input.reason,
        undone_by: caller.userId,
        undone_at: new Date(),
        applied: false,
        version: detachment.version + 1,
      })
      .where('id', '=', target.detachmentId)
      .where('version', '=', detachment.version)
      .returning('version')
      .executeTakeFirst();
    if (!undone) throw versionConflict(detachment.version + 1, target.expectedVersion);
    await recordAudit(trx, {
      action: 'linkage.detach_undo',
      recordType: 'linkage_detachment',
      recordId: target.detachmentId,
      reason: input.reason,
      details: { personId: detachment.record.personId },
    });
  });
  await refreshLinkage(deps.db, deps.keyRing);
  return withActor(deps.db, caller, (trx) => findDetachment(trx, target.detachmentId));
}
