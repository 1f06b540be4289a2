import { describe, expect, it } from 'vitest';
import { isoDuration } from './iso-duration.ts';

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1, 'PT0.001S'],
    [1_500, 'PT1.5S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [72 * 3_600_000 + 30 * 60_000, 'PT72H30M'],
    [3_600_000 + 5_250, 'PT1H5.25S'],
  ])('writes %i ms as %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
  });
});
