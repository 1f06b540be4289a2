import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';

/** Every column of this module that holds ciphertext, for key rotation. */
export const CONSENT_ENCRYPTED_COLUMNS = [{ table: 'consents', column: 'evidence_note', key: 'id' }] as const;

const context = (consentId: string) => ({ table: 'consents', column: 'evidence_note', rowId: consentId });

/** The evidence note is free text (who interpreted, where the signed form is kept): it may name people. */
export const sealEvidenceNote = (ring: KeyRing, consentId: string, note: string | null) =>
  encryptField(ring, context(consentId), note);

export const openEvidenceNote = (ring: KeyRing, consentId: string, token: string | null) =>
  decryptField(ring, context(consentId), token);
