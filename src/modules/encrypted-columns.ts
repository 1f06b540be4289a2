import { MFA_ENCRYPTED_COLUMNS } from '../platform/auth/mfa-store.ts';
import { ATTACHMENT_ENCRYPTED_COLUMNS } from './attachments/attachment-crypto.ts';
import { NOTE_ENCRYPTED_COLUMNS } from './case-notes/note-fields.ts';
import { ENCRYPTED_COLUMNS as PEOPLE_COLUMNS } from './cases/person-fields.ts';
import { CONSENT_ENCRYPTED_COLUMNS } from './consent/consent-fields.ts';
import { ENCRYPTED_COLUMNS as EXPLOITATION_COLUMNS } from './exploitation/record.ts';
import { ENCRYPTED_COLUMNS as SUSPECT_ROLE_COLUMNS } from './suspects/record.ts';

/**
 * Every column in the database that holds field-encryption tokens, with the column naming its row
 * (the row id is part of each token's associated data). Key rotation walks this list.
 */
export type EncryptedColumn = { table: string; column: string; key: string };

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  ...PEOPLE_COLUMNS,
  ...MFA_ENCRYPTED_COLUMNS,
  ...CONSENT_ENCRYPTED_COLUMNS,
  ...EXPLOITATION_COLUMNS,
  ...SUSPECT_ROLE_COLUMNS,
  ...NOTE_ENCRYPTED_COLUMNS,
  ...ATTACHMENT_ENCRYPTED_COLUMNS,
];
