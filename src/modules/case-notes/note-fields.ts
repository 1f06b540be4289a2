import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';

/** Every column of this module that holds ciphertext, for key rotation. */
export const NOTE_ENCRYPTED_COLUMNS = [{ table: 'case_notes', column: 'body', key: 'id' }] as const;

const context = (noteId: string) => ({ table: 'case_notes', column: 'body', rowId: noteId });

/** A note is free text about a survivor: it may name, locate or describe anyone. */
export const sealNoteText = (ring: KeyRing, noteId: string, text: string) =>
  encryptField(ring, context(noteId), text);

export const openNoteText = (ring: KeyRing, noteId: string, token: string) =>
  decryptField(ring, context(noteId), token);
