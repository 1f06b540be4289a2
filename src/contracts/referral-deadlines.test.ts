import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_HOURS, parseResponseHours } from './referral-deadlines.ts';

describe('referral response deadlines by urgency', () => {
  it.each([
    ['', DEFAULT_RESPONSE_HOURS],
    ['emergency=2', { ...DEFAULT_RESPONSE_HOURS, emergency: 2 }],
    ['routine=120, urgent=12', { emergency: 4, urgent: 12, routine: 120 }],
    ['urgent=0', null],
    ['urgent=721', null],
    ['soon=3', null],
    ['urgent=twelve', null],
  ])('%j', (text, expected) => {
    expect(parseResponseHours(text)).toEqual(expected);
  });
});
