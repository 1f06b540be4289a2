import { describe, expect, it } from 'vitest';
import { createKeyRing } from '../crypto/key-ring.ts';
import { newRecoveryCode, recoveryCodeHmac } from './recovery-codes.ts';

describe('recovery codes', () => {
  it('carry ten symbols without look-alike characters', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are matched by a keyed hash that ignores case, spaces and the hyphen', () => {
    const ring = createKeyRing();
    const code = newRecoveryCode();
    const hmac = recoveryCodeHmac(ring, code);
    expect(hmac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(recoveryCodeHmac(ring, ` ${code.replace('-', ' ').toLowerCase()} `)).toBe(hmac);
    expect(recoveryCodeHmac(createKeyRing(), code)).not.toBe(hmac);
  });
});
