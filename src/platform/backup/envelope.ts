import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { BackupProblem } from './backup-problem.ts';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const NONCE_PREFIX_BYTES = 7;
export const DATA_KEY_BYTES = 32;

/**
 * The key-encryption key for backups, derived from a master key of the ring under its own label, so
 * a backup key never equals a field key even though both come from the same master.
 */
function keyEncryptionKey(master: KeyObject): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'enlace:backup:data-key', 32));
}

/** Seals a fresh data key under the master key; `context` (key id, nonce prefix) is authenticated. */
export function wrapDataKey(master: KeyObject, dataKey: Buffer, context: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyEncryptionKey(master), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
}

/** The data key, or `wrong_key` when this master key did not seal it (or the header was altered). */
export function unwrapDataKey(master: KeyObject, wrapped: Buffer, context: string): Buffer {
  if (wrapped.length !== IV_BYTES + DATA_KEY_BYTES + TAG_BYTES) throw new BackupProblem('not_a_backup');
  const decipher = createDecipheriv(ALGORITHM, keyEncryptionKey(master), wrapped.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(wrapped.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(wrapped.subarray(IV_BYTES, wrapped.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new BackupProblem('wrong_key');
  }
}

/**
 * Chunk `index` of a stream (the STREAM construction): the nonce holds the chunk's position and
 * whether it is the last, so chunks cannot be reordered, dropped, repeated or cut off unnoticed;
 * the header's digest is authenticated with every chunk, so it cannot be swapped either.
 */
function chunkNonce(prefix: Buffer, index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(IV_BYTES);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  nonce[IV_BYTES - 1] = final ? 1 : 0;
  return nonce;
}

export type StreamKeys = { dataKey: Buffer; noncePrefix: Buffer; headerDigest: Buffer };

export const headerDigest = (headerLine: Buffer): Buffer => createHash('sha256').update(headerLine).digest();

export function sealChunk(keys: StreamKeys, index: number, final: boolean, plaintext: Buffer): Buffer {
  const cipher = createCipheriv(ALGORITHM, keys.dataKey, chunkNonce(keys.noncePrefix, index, final), {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(keys.headerDigest);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The chunk's plaintext, or `tampered` when any bit of it, its position or the header changed. */
export function openChunk(keys: StreamKeys, index: number, final: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new BackupProblem('tampered');
  const decipher = createDecipheriv(ALGORITHM, keys.dataKey, chunkNonce(keys.noncePrefix, index, final), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(keys.headerDigest);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BackupProblem('tampered');
  }
}
