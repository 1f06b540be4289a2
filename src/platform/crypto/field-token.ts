import { CryptoProblem } from './crypto-problem.ts';

/** `v1.<keyId>.<iv>.<ciphertext+tag>`, base64url parts: short enough for a text column, self-describing. */
export type FieldToken = { keyId: string; iv: Buffer; sealed: Buffer };

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const VERSION = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export const formatToken = ({ keyId, iv, sealed }: FieldToken): string =>
  `${VERSION}.${keyId}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;

export function parseToken(token: string): FieldToken {
  const parts = typeof token === 'string' ? token.split('.') : [];
  const [version, keyId, ivText, sealedText] = parts;
  if (parts.length !== 4 || version !== VERSION || !KEY_ID.test(keyId!)) throw malformed();
  const iv = decodeExactly(ivText!);
  const sealed = decodeExactly(sealedText!);
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw malformed();
  return { keyId: keyId!, iv, sealed };
}

// Buffer.from ignores stray characters and spare bits; only the canonical encoding is accepted.
function decodeExactly(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) throw malformed();
  return bytes;
}

const malformed = () => new CryptoProblem('token_malformed');
