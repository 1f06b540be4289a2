import type { CaseFileGroup } from '../case-notes/schema.ts';
import type { RecordColumns } from '../case-records/schema.ts';
import type { AttachmentType } from './sniff-type.ts';

export type CaseAttachmentsTable = RecordColumns & {
  person_id: string | null;
  field_group: CaseFileGroup;
  content_type: AttachmentType;
  size_bytes: number;
  /** IV, ciphertext and tag under the file's own data key (see attachment-crypto.ts). */
  content: Buffer;
  /** Field-encryption tokens bound to the row's id. */
  content_key: string;
  file_name: string;
  sha256: string;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type AttachmentTables = { case_attachments: CaseAttachmentsTable };
