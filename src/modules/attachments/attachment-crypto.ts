import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';

/** Every column of this module that holds field-encryption tokens, for key rotation. */
export const ATTACHMENT_ENCRYPTED_COLUMNS = [
  { table: 'case_attachments', column: 'content_key', key: 'id' },
  { table: 'case_attachments', column: 'file_name', key: 'id' },
  { table: 'case_attachments', column: 'sha256', key: 'id' },
] as const;

const IV_BYTES = 12;
const TAG_BYTES = 16;
const field = (column: string, rowId: string) => ({ table: 'case_attachments', column, rowId });
// Binds the bytes to their row: moved to another attachment they no longer decrypt.
const associatedData = (attachmentId: string) => Buffer.from(`enlace-attachment-v1:${attachmentId}`);

export type SealedAttachment = { content: Buffer; contentKey: string; fileName: string; sha256: string };

/**
 * Envelope encryption: a fresh data key per file encrypts its bytes (AES-256-GCM) and is itself kept as
 * a field-encryption token, so rotating the key ring re-wraps 32 bytes instead of rewriting every file.
 */
export function sealAttachment(
  ring: KeyRing,
  attachmentId: string,
  bytes: Buffer,
  fileName: string,
): SealedAttachment {
  const dataKey = randomBytes(32);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(attachmentId));
  const content = Buffer.concat([iv, cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
  return {
    content,
    contentKey: encryptField(ring, field('content_key', attachmentId), dataKey.toString('base64url')),
    fileName: encryptField(ring, field('file_name', attachmentId), fileName),
    sha256: encryptField(
      ring,
      field('sha256', attachmentId),
      createHash('sha256').update(bytes).digest('hex'),
    ),
  };
}

/** The file's bytes; anything altered, cut short or moved from another row fails with `decryption_failed`. */
export function openAttachment(
  ring: KeyRing,
  attachmentId: string,
  sealed: { content: Buffer; contentKey: string },
): Buffer {
  const dataKey = Buffer.from(
    decryptField(ring, field('content_key', attachmentId), sealed.contentKey),
    'base64url',
  );
  const { content } = sealed;
  if (content.length < IV_BYTES + TAG_BYTES) throw failed();
  const decipher = createDecipheriv('aes-256-gcm', dataKey, content.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(associatedData(attachmentId));
  decipher.setAuthTag(content.subarray(content.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(content.subarray(IV_BYTES, content.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw failed();
  }
}

export const openFileName = (ring: KeyRing, attachmentId: string, token: string) =>
  decryptField(ring, field('file_name', attachmentId), token);

export const openDigest = (ring: KeyRing, attachmentId: string, token: string) =>
  decryptField(ring, field('sha256', attachmentId), token);

const failed = () => new CryptoProblem('decryption_failed', { table: 'case_attachments', column: 'content' });
