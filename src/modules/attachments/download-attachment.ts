import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { openAttachment } from './attachment-crypto.ts';
import { attachmentViews, sealedContent } from './attachment-store.ts';
import type { AttachmentView } from './contract.ts';

/**
 * One file's bytes, decrypted and authenticated whole before any of them leaves (GCM releases nothing
 * it has not verified), with an audit entry for every download. Bytes that fail to decrypt (altered,
 * or copied from another row) answer a problem, never the content of another file.
 */
export async function downloadAttachment(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; attachmentId: string },
): Promise<{ view: AttachmentView; bytes: Buffer }> {
  const { caseId, attachmentId } = target;
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const [view] = await attachmentViews(trx, deps.keyRing, caseId, { id: attachmentId });
    if (!view || !mayReadGroup(caller, relation, view.fieldGroup)) throw notFound();
    const sealed = await sealedContent(trx, caseId, attachmentId);
    if (!sealed) throw notFound();
    const bytes = decrypt(() => openAttachment(deps.keyRing, attachmentId, sealed));
    await recordAudit(trx, {
      action: 'case_attachment.download',
      recordType: 'case_attachment',
      recordId: attachmentId,
      details: { caseId, fieldGroup: view.fieldGroup },
    });
    return { view, bytes };
  });
}

function decrypt(open: () => Buffer): Buffer {
  try {
    return open();
  } catch (error) {
    if (error instanceof CryptoProblem) throw new ProblemError(500, 'attachment_unreadable');
    throw error;
  }
}
