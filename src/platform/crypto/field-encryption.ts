import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoProblem } from './crypto-problem.ts';
import { deriveKey } from './derived-keys.ts';
import { associatedData, type FieldContext } from './field-context.ts';
import { formatToken, IV_BYTES, parseToken, TAG_BYTES } from './field-token.ts';
import { activeKey, type KeyRing, liveKey } from './key-ring.ts';

const ALGORITHM = 'aes-256-gcm';

/** IVs drawn per call to the random source: one call per field cost more than the encryption itself. */
const IVS_PER_DRAW = 1024;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

/** A fresh random IV. Each comes from the operating system's CSPRNG and is handed out once only. */
function freshIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IVS_PER_DRAW);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/**
 * Encrypts one value with the ring's active key. `null` stays `null` (absence is not a secret);
 * an empty string is encrypted like any other value, so the two stay distinct. The token's length
 * reveals the value's length in UTF-8 bytes.
 */
export function encryptField(ring: KeyRing, context: FieldContext, plaintext: string): string;
export function encryptField(ring: KeyRing, context: FieldContext, plaintext: null): null;
export function encryptField(ring: KeyRing, context: FieldContext, plaintext: string | null): string | null;
export function encryptField(ring: KeyRing, context: FieldContext, plaintext: string | null): string | null {
  if (plaintext === null) return null;
  const key = activeKey(ring);
  const iv = freshIv();
  const cipher = createCipheriv(ALGORITHM, deriveKey(key.secret, 'field', context), iv, {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(associatedData(key.id, context));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return formatToken({ keyId: key.id, iv, sealed });
}

/**
 * Decrypts a token written for exactly this table, column and row. A token moved elsewhere, altered
 * or cut short fails with `decryption_failed`; `token_malformed`, `key_unknown` and `key_retired`
 * say why it could not even be tried.
 */
export function decryptField(ring: KeyRing, context: FieldContext, token: string): string;
export function decryptField(ring: KeyRing, context: FieldContext, token: null): null;
export function decryptField(ring: KeyRing, context: FieldContext, token: string | null): string | null;
export function decryptField(ring: KeyRing, context: FieldContext, token: string | null): string | null {
  if (token === null) return null;
  const { keyId, iv, sealed } = parseToken(token);
  const key = liveKey(ring, keyId);
  const decipher = createDecipheriv(ALGORITHM, deriveKey(key.secret, 'field', context), iv, {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(associatedData(keyId, context));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    return Buffer.concat([body, decipher.final()]).toString('utf8');
  } catch {
    throw new CryptoProblem('decryption_failed', { table: context.table, column: context.column });
  }
}

/** True when the token was written under a key other than the active one (rotation pending). */
export function needsReencryption(ring: KeyRing, token: string | null): boolean {
  return token !== null && parseToken(token).keyId !== ring.activeKeyId;
}

/** Rotation, second step, one value at a time; a token already under the active key comes back as is. */
export function reencryptField(ring: KeyRing, context: FieldContext, token: string | null): string | null {
  if (token === null || !needsReencryption(ring, token)) return token;
  return encryptField(ring, context, decryptField(ring, context, token));
}
