import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, totpUri } from './totp.ts';

const NOW = new Date('2026-03-02T10:00:10Z');
const STEP = Math.floor(NOW.getTime() / 30_000);
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * 30 });

describe('TOTP codes', () => {
  const secret = newTotpSecret();

  it('use 160-bit secrets and an otpauth URI that names the user name only', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri('demo.fiscal', secret)).toBe(
      `otpauth://totp/Enlace:demo.fiscal?secret=${secret}&issuer=Enlace`,
    );
  });

  it.each([
    [-1, STEP - 1],
    [0, STEP],
    [1, STEP + 1],
  ])('accept the code of step %i from now, one step of clock drift either side', async (offset, step) => {
    expect(await matchTotp(secret, await codeAt(secret, STEP + offset), null, NOW)).toBe(step);
  });

  it.each([-2, 2])('refuse the code of step %i from now', async (offset) => {
    expect(await matchTotp(secret, await codeAt(secret, STEP + offset), null, NOW)).toBeUndefined();
  });

  it('refuse a code whose step is not newer than the last one accepted (replay)', async () => {
    const code = await codeAt(secret, STEP);
    expect(await matchTotp(secret, code, STEP, NOW)).toBeUndefined();
    expect(await matchTotp(secret, code, STEP - 1, NOW)).toBe(STEP);
    expect(await matchTotp(secret, await codeAt(secret, STEP - 1), STEP - 1, NOW)).toBeUndefined();
  });
});
