import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptField, encryptField } from './field-encryption.ts';
import { createKeyRing } from './key-ring.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const ring = createKeyRing();
const here = { table: 'persons', column: 'given_names', rowId: '0b7c1d2e-8f3a-4c5b-9d6e-7f8a9b0c1d2e' };

describe('encryptField and decryptField', () => {
  it.each([
    ['a Mexican name with accents and ñ', 'María José Ñúñez Gómez'],
    ['a Nahuatl name', 'Xōchitl Cuāuhtli'],
    ['a CURP', 'GOMJ850312MDFXXR04'],
    ['an address', 'Calle 5 de Mayo #12, Col. Centro, Oaxaca de Juárez, Oax.'],
    ['emoji and other scripts', '👩🏽‍⚕️ 李娜 Анна'],
    ['the empty string', ''],
    ['a long testimony', 'Me dijeron que era un trabajo en un restaurante. '.repeat(400)],
  ])('round-trips %s', (_, plaintext) => {
    expect(decryptField(ring, here, encryptField(ring, here, plaintext))).toBe(plaintext);
  });

  it('round-trips any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (plaintext) => {
        expect(decryptField(ring, here, encryptField(ring, here, plaintext))).toBe(plaintext);
      }),
      { numRuns: 200 },
    );
  });

  it('writes v1.<keyId>.<iv>.<ciphertext+tag> in base64url, with a 96-bit IV and a 128-bit tag', () => {
    const token = encryptField(ring, here, 'Ana');
    expect(token).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token.split('.')[3]!, 'base64url')).toHaveLength(3 + 16);
  });

  it('encrypts the empty string to a token, distinct from null', () => {
    expect(encryptField(ring, here, '')).toMatch(/^v1\./);
    expect(encryptField(ring, here, null)).toBeNull();
    expect(decryptField(ring, here, null)).toBeNull();
  });

  it('never writes the same token twice for the same value (random IV)', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => encryptField(ring, here, 'Ana')));
    expect(tokens.size).toBe(50);
  });

  it('gives every token its own IV, across several draws from the random source', () => {
    const ivs = Array.from({ length: 3000 }, () => encryptField(ring, here, 'Ana').split('.')[2]);
    expect(new Set(ivs).size).toBe(3000);
  });

  it.each([
    ['another row', { ...here, rowId: '0b7c1d2e-8f3a-4c5b-9d6e-7f8a9b0c1d2f' }],
    ['another column', { ...here, column: 'family_names' }],
    ['another table', { ...here, table: 'contacts' }],
  ])('refuses a token moved to %s', (_, elsewhere) => {
    const token = encryptField(ring, here, 'María');
    expect(problemOf(() => decryptField(ring, elsewhere, token)).code).toBe('decryption_failed');
  });

  it.each([
    ['table', { ...here, table: 'Persons' }],
    ['table', { ...here, table: 'persons.given_names' }],
    ['column', { ...here, column: 'given names' }],
    ['rowId', { ...here, rowId: '' }],
  ])('refuses an invalid %s in the context', (part, context) => {
    const problem = problemOf(() => encryptField(ring, context, 'Ana'));
    expect(problem).toMatchObject({ code: 'context_invalid', params: { part } });
  });
});
