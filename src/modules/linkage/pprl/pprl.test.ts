import { describe, expect, it } from 'vitest';
import { prepareRecords } from '../prepare.ts';
import { testRecord } from '../test-records.ts';
import { ClkEncoder } from './clk.ts';
import { bigrams, personClkFields } from './clk-schema.ts';
import { dice, popcount, popcount32 } from './dice.ts';
import { linkEncodings } from './link-encodings.ts';

const SECRET = Buffer.from('a secret shared by the agencies, 32+ bytes long');
const OTHER_SECRET = Buffer.from('another secret, also long enough for HMAC-SHA256');

const [guadalupe, lupe, swapped, other] = prepareRecords([
  testRecord('a', {
    given: 'María Guadalupe',
    surname1: 'Hernández',
    surname2: 'López',
    birth: '1990-05-17',
    sex: 'F',
  }),
  testRecord('b', {
    given: 'Ma. Lupe',
    surname1: 'HERNANDEZ',
    surname2: 'LOPEZ',
    birth: '1990-05-17',
    sex: 'F',
  }),
  testRecord('c', {
    given: 'María Guadalupe',
    surname1: 'López',
    surname2: 'Hernández',
    birth: '1990-05-17',
    sex: 'F',
  }),
  testRecord('d', { given: 'Omar', surname1: 'Tzul', surname2: 'Balam', birth: '1972-11-02', sex: 'M' }),
]);
const encoder = new ClkEncoder(SECRET, personClkFields([]));

describe('CLK encoding', () => {
  it('pads values for bigrams so first and last letters count', () => {
    expect(bigrams('ana')).toEqual([' a', 'an', 'na', 'a ']);
  });

  it('is deterministic for one secret', () => {
    expect(new ClkEncoder(SECRET, personClkFields([])).encode(guadalupe!)).toEqual(
      encoder.encode(guadalupe!),
    );
  });

  it('depends on the secret', () => {
    const elsewhere = new ClkEncoder(OTHER_SECRET, personClkFields([])).encode(guadalupe!);
    expect(dice(elsewhere, encoder.encode(guadalupe!))).toBeLessThan(0.6);
    expect(new ClkEncoder(OTHER_SECRET, personClkFields([])).keyCheck()).not.toBe(encoder.keyCheck());
  });

  it('is 1024 bits with a moderate share of them set', () => {
    const clk = encoder.encode(guadalupe!);
    expect(clk.length * 32).toBe(1024);
    expect(popcount(clk)).toBeGreaterThan(100);
    expect(popcount(clk)).toBeLessThan(600);
  });

  it('gives the same person similar encodings despite nicknames, accents and swapped surnames', () => {
    const clk = encoder.encode(guadalupe!);
    expect(dice(clk, encoder.encode(lupe!))).toBeGreaterThan(0.9);
    expect(dice(clk, encoder.encode(swapped!))).toBe(1);
    expect(dice(clk, encoder.encode(other!))).toBeLessThan(0.5);
  });
});

describe('Dice coefficient', () => {
  it('counts bits', () => {
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0b1011)).toBe(3);
  });

  it('is 2|A∩B| / (|A| + |B|)', () => {
    const a = Uint32Array.of(0b1111, 0);
    const b = Uint32Array.of(0b0011, 0b1);
    expect(dice(a, b)).toBeCloseTo((2 * 2) / (4 + 3));
    expect(dice(a, a)).toBe(1);
    expect(dice(new Uint32Array(2), new Uint32Array(2))).toBe(0);
  });
});

describe('linkEncodings', () => {
  it('links across parties one to one, most similar first', () => {
    const encoded = [
      { id: 'a1', source: 'A', clk: encoder.encode(guadalupe!) },
      { id: 'a2', source: 'A', clk: encoder.encode(other!) },
      { id: 'b1', source: 'B', clk: encoder.encode(swapped!) },
      { id: 'b2', source: 'B', clk: encoder.encode(lupe!) },
      { id: 'b3', source: 'B', clk: encoder.encode(other!) },
    ];
    const { clusterOf, strongestDice } = linkEncodings(encoded, 0.8);
    expect(clusterOf[0]).toBe(clusterOf[2]);
    expect(clusterOf[3]).not.toBe(clusterOf[0]);
    expect(clusterOf[1]).toBe(clusterOf[4]);
    expect(strongestDice[0]).toBe(1);
    expect(Number.isNaN(strongestDice[3]!)).toBe(true);
  });
});
