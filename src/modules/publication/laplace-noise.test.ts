import { describe, expect, it } from 'vitest';
import { seededUniform } from '../../../test/support/seeded-random.ts';
import { laplaceNoise, noisyCount, secureUniform } from './laplace-noise.ts';

describe('laplaceNoise', () => {
  it.each([
    { p: 0.5, scale: 1, expected: 0 },
    { p: 0.25, scale: 1, expected: Math.log(0.5) },
    { p: 0.75, scale: 2, expected: -2 * Math.log(0.5) },
  ])('inverts the distribution function at p = $p, scale $scale', ({ p, scale, expected }) => {
    expect(laplaceNoise(scale, () => p)).toBeCloseTo(expected, 12);
  });

  it('stays finite when a generator returns exactly 0 or 1', () => {
    expect(Number.isFinite(laplaceNoise(1, () => 0))).toBe(true);
    expect(Number.isFinite(laplaceNoise(1, () => 1))).toBe(true);
  });

  it('has mean 0 and mean absolute deviation equal to its scale', () => {
    const random = seededUniform(2012);
    const draws = Array.from({ length: 40_000 }, () => laplaceNoise(2, random));
    const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
    const deviation = draws.reduce((sum, draw) => sum + Math.abs(draw), 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(deviation).toBeGreaterThan(1.95);
    expect(deviation).toBeLessThan(2.05);
  });
});

describe('noisyCount', () => {
  it('is a whole number, never negative', () => {
    const random = seededUniform(7);
    for (let draw = 0; draw < 1000; draw += 1) {
      const noisy = noisyCount(1, 0.1, random);
      expect(Number.isInteger(noisy)).toBe(true);
      expect(noisy).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the same figures for the same seed and spreads more for a smaller epsilon', () => {
    const draws = (epsilon: number, seed: number) => {
      const random = seededUniform(seed);
      return Array.from({ length: 2000 }, () => noisyCount(100, epsilon, random));
    };
    expect(draws(1, 42)).toEqual(draws(1, 42));
    const spread = (values: number[]) => values.reduce((sum, value) => sum + Math.abs(value - 100), 0);
    expect(spread(draws(0.1, 42))).toBeGreaterThan(5 * spread(draws(1, 42)));
  });
});

describe('secureUniform', () => {
  it('draws strictly between 0 and 1', () => {
    for (let draw = 0; draw < 1000; draw += 1) {
      const value = secureUniform();
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
  });
});
