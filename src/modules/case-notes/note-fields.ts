import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { ProblemError } from '../../platform/http/problem.ts';

/** Every column of this module that holds ciphertext, for key rotation. */
export const NOTE_ENCRYPTED_COLUMNS = [{ table: 'case_notes', column: 'body', key: 'id' }] as const;

const context = (noteId: string) => ({ table: 'case_notes', column: 'body', rowId: noteId });

/** A note is free text about a survivor: it may name, locate or describe anyone. */
export const sealNoteText = (ring: KeyRing, noteId: string, text: string) =>
  encryptField(ring, context(noteId), text);

/** A text that fails to decrypt was altered or moved: refused as such, never shown as another note's. */
export function openNoteText(ring: KeyRing, noteId: string, token: string): string {
  try {
    return decryptField(ring, context(noteId), token);
  } catch (error) {
    if (error instanceof CryptoProblem) throw new ProblemError(500, 'record_integrity_failed');
    throw error;
  }
}
