import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password.ts';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token.ts';

describe('passwords', () => {
  it('are hashed with argon2id, salted, and verified', async () => {
    const first = await hashPassword('una contraseña larga');
    const second = await hashPassword('una contraseña larga');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'una contraseña larga')).toBe(true);
    expect(await verifyPassword(first, 'otra contraseña')).toBe(false);
  });

  it('treat a damaged hash as a failed check, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyAgainstDecoy('anything')).toBe(false);
  });
});

describe('session tokens', () => {
  it('carry 256 random bits and are stored only as SHA-256', () => {
    const token = newSessionToken();
    expect(looksLikeSessionToken(token)).toBe(true);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toHaveLength(32);
    expect(hashSessionToken(token).toString('base64url')).not.toBe(token);
  });

  it.each([undefined, '', 'short', `${'a'.repeat(42)}!`, 'a'.repeat(44)])('rejects %j', (value) => {
    expect(looksLikeSessionToken(value)).toBe(false);
  });
});
