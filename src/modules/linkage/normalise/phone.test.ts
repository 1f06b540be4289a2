import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.ts';

describe('normalisePhone', () => {
  it.each([
    ['10 digits', '5512345678', '+525512345678'],
    ['spaced, with +52', '+52 55 1234 5678', '+525512345678'],
    ['old mobile prefix 044', '044 55 1234 5678', '+525512345678'],
    ['old mobile prefix 045', '045 55 1234 5678', '+525512345678'],
    ['old long-distance prefix 01', '01 55 1234 5678', '+525512345678'],
    ['+52 1 for mobiles', '+521 55 1234 5678', '+525512345678'],
    ['52 without +', '525512345678', '+525512345678'],
    ['00 international prefix', '0052 55 1234 5678', '+525512345678'],
    ['area code in parentheses', '(55) 1234-5678', '+525512345678'],
    ['extension dropped', '55 1234 5678 ext. 12', '+525512345678'],
    ['Guatemala', '+502 5555 1234', '+50255551234'],
    ['Honduras without +', '50455551234', '+50455551234'],
    ['8 local digits kept as they are', '5555-1234', '55551234'],
  ])('%s', (_, input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ['letters', 'no tiene'],
    ['too short', '12 34'],
    ['too long', '1234567890123456'],
  ])('rejects %s', (_, input) => {
    expect(normalisePhone(input)).toBeUndefined();
  });

  it('reads an empty value as missing', () => {
    expect(normalisePhone(' ')).toBeNull();
  });
});
