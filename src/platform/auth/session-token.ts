import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'enlace_session';

/** 256 random bits, sent to the browser; only its SHA-256 is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export const looksLikeSessionToken = (value: string | undefined): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
