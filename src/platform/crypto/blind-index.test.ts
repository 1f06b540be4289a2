import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.ts';
import { addKey, createKeyRing } from './key-ring.ts';
import { normaliseIdentifier, normaliseName } from './normalise.ts';

const ring = createKeyRing();
const curp = { table: 'identities', column: 'curp_index', normalise: normaliseIdentifier };
const name = { table: 'persons', column: 'given_names_index', normalise: normaliseName };
const CURP = 'GOMJ850312MDFXXR04';

describe('blindIndex', () => {
  it('is deterministic: 256 bits in base64url', () => {
    expect(blindIndex(ring, curp, CURP)).toBe(blindIndex(ring, curp, CURP));
    expect(blindIndex(ring, curp, CURP)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('tells different values apart', () => {
    expect(blindIndex(ring, curp, CURP)).not.toBe(blindIndex(ring, curp, 'GOMJ850312MDFXXR05'));
  });

  it('matches values that differ only in spelling, by the column’s normaliser', () => {
    expect(blindIndex(ring, curp, ' gomj 850312 mdfxxr04')).toBe(blindIndex(ring, curp, CURP));
    expect(blindIndex(ring, name, '  MARÍA   José ')).toBe(blindIndex(ring, name, 'maria jose'));
  });

  it('depends on the blind-index key: another ring gives other indexes', () => {
    expect(blindIndex(createKeyRing(), curp, CURP)).not.toBe(blindIndex(ring, curp, CURP));
  });

  it('survives rotation of the encryption keys', () => {
    expect(blindIndex(addKey(ring), curp, CURP)).toBe(blindIndex(ring, curp, CURP));
  });

  it('keeps columns and tables apart: the same value gives unrelated indexes', () => {
    const indexes = [
      blindIndex(ring, curp, CURP),
      blindIndex(ring, { ...curp, column: 'passport_index' }, CURP),
      blindIndex(ring, { ...curp, table: 'suspects' }, CURP),
    ];
    expect(new Set(indexes).size).toBe(3);
  });

  it('is keyed: neither a plain hash nor an HMAC under the raw blind-index key', () => {
    const index = blindIndex(ring, curp, CURP);
    expect(index).not.toBe(createHash('sha256').update(CURP).digest('base64url'));
    expect(index).not.toBe(createHmac('sha256', ring.blindIndexKey.secret).update(CURP).digest('base64url'));
  });

  it('gives null for null and for a value empty once normalised, so absence never matches', () => {
    expect(blindIndex(ring, curp, null)).toBeNull();
    expect(blindIndex(ring, curp, '  ')).toBeNull();
    expect(blindIndex(ring, name, '')).toBeNull();
  });
});
