import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseFileGroup } from '../case-notes/schema.ts';
import { requireRecordWrite } from '../case-records/record-access.ts';
import { authorizeCase, personOfCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordChange } from '../history/record-change.ts';
import { sealAttachment } from './attachment-crypto.ts';
import { attachmentViews } from './attachment-store.ts';
import type { AttachmentView } from './contract.ts';
import { sniffType } from './sniff-type.ts';

export type Upload = {
  caseId: string;
  personId?: string | undefined;
  fieldGroup: CaseFileGroup;
  fileName: string;
  bytes: Buffer;
};

/**
 * Keeps a file on a case, encrypted, after reading its type from its bytes (415 for anything off the
 * list). Its name and content are named in history, never valued.
 */
export async function uploadAttachment(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  upload: Upload,
): Promise<AttachmentView> {
  if (upload.bytes.length === 0) throw new ProblemError(400, 'attachment_empty');
  const contentType = sniffType(upload.bytes);
  if (!contentType) throw new ProblemError(415, 'attachment_type_not_allowed');
  const id = randomUUID();
  const { caseId, fieldGroup } = upload;
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    requireRecordWrite(caller, relation, fieldGroup, false);
    const personId = upload.personId ? await personOfCase(trx, caseId, upload.personId) : null;
    const sealed = sealAttachment(deps.keyRing, id, upload.bytes, upload.fileName);
    await trx
      .insertInto('case_attachments')
      .values({
        id,
        case_id: caseId,
        person_id: personId,
        field_group: fieldGroup,
        content_type: contentType,
        size_bytes: upload.bytes.length,
        content: sealed.content,
        content_key: sealed.contentKey,
        file_name: sealed.fileName,
        sha256: sealed.sha256,
      })
      .execute();
    await recordChange(trx, {
      caseId,
      recordType: 'case_attachment',
      recordId: id,
      version: 1,
      kind: 'created',
      fieldGroup,
      changes: [
        ...(personId ? [{ field: 'personId', from: null, to: personId }] : []),
        { field: 'fieldGroup', from: null, to: fieldGroup },
        { field: 'contentType', from: null, to: contentType },
        { field: 'sizeBytes', from: null, to: upload.bytes.length },
        { field: 'fileName', protected: true },
        { field: 'content', protected: true },
      ],
    });
    await recordAudit(trx, {
      action: 'case_attachment.create',
      recordType: 'case_attachment',
      recordId: id,
      details: { caseId, contentType, sizeBytes: upload.bytes.length },
    });
    const [view] = await attachmentViews(trx, deps.keyRing, caseId, { id });
    if (!view) throw new Error('the attachment just written is not visible to its writer');
    return view;
  });
}
