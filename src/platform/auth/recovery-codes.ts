import { randomBytes } from 'node:crypto';
import { type BlindIndexColumn, blindIndex } from '../crypto/blind-index.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import { normaliseIdentifier } from '../crypto/normalise.ts';

export const RECOVERY_CODE_COUNT = 10;

// 32 symbols without 0/O and 1/I, which people misread when copying from paper.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const SYMBOLS = 10;

/** Ten symbols of five bits (50 bits), shown as `XXXXX-XXXXX`; 256 is a multiple of 32, so no bias. */
export function newRecoveryCode(): string {
  const symbols = [...randomBytes(SYMBOLS)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

// Typed back in any case, with or without the hyphen or spaces.
const RECOVERY_CODE_COLUMN: BlindIndexColumn = {
  table: 'mfa_recovery_codes',
  column: 'code_hmac',
  normalise: normaliseIdentifier,
};

/**
 * Only this keyed HMAC is stored. The codes carry 50 random bits and the key lives outside the
 * database, so a copy of the table cannot be searched for them, and checking one costs one lookup
 * instead of an argon2id hash per stored code.
 */
export const recoveryCodeHmac = (ring: KeyRing, code: string): string | null =>
  blindIndex(ring, RECOVERY_CODE_COLUMN, code);
