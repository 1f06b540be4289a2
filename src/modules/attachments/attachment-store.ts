import type { Transaction } from 'kysely';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { openDigest, openFileName } from './attachment-crypto.ts';
import type { AttachmentView } from './contract.ts';

/** A case's attachments as row-level security shows them to the caller, without their bytes. */
export async function attachmentViews(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  caseId: string,
  filter: { id?: string; personId?: string | undefined },
): Promise<AttachmentView[]> {
  let query = trx
    .selectFrom('case_attachments as f')
    .innerJoin('users as author', 'author.id', 'f.recorded_by')
    .innerJoin('agencies as agency', 'agency.id', 'f.recorded_by_agency_id')
    .select([
      'f.id',
      'f.version',
      'f.person_id as personId',
      'f.field_group as fieldGroup',
      'f.content_type as contentType',
      'f.size_bytes as sizeBytes',
      'f.file_name as fileName',
      'f.sha256',
      'f.created_at as createdAt',
      'author.display_name as authorName',
      'agency.code as agencyCode',
    ])
    .where('f.case_id', '=', caseId);
  if (filter.id) query = query.where('f.id', '=', filter.id);
  if (filter.personId) query = query.where('f.person_id', '=', filter.personId);
  const rows = await query.orderBy('f.created_at').orderBy('f.id').execute();
  return rows.map(({ authorName, agencyCode, createdAt, ...row }) => ({
    ...row,
    fileName: openFileName(keyRing, row.id, row.fileName),
    sha256: openDigest(keyRing, row.id, row.sha256),
    recordedBy: { displayName: authorName, agencyCode },
    createdAt: createdAt.toISOString(),
  }));
}

/** The sealed bytes of one attachment, when row-level security lets the caller see it. */
export const sealedContent = (trx: Transaction<Schema>, caseId: string, attachmentId: string) =>
  trx
    .selectFrom('case_attachments')
    .select(['content', 'content_key as contentKey'])
    .where('case_id', '=', caseId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
