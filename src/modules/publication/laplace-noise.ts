import { getRandomValues } from 'node:crypto';

/** A source of uniform numbers in (0, 1); production draws from the operating system, tests from a seed. */
export type UniformRandom = () => number;

const TWO_TO_53 = 2 ** 53;

/** 53 random bits from the operating system's generator, never 0 and never 1. */
export const secureUniform: UniformRandom = () => {
  const [high, low] = getRandomValues(new Uint32Array(2)) as unknown as [number, number];
  const bits = (high >>> 5) * 2 ** 26 + (low >>> 6);
  return (bits + 0.5) / TWO_TO_53;
};

/** One draw of Laplace(0, scale) by inverting its distribution function. */
export function laplaceNoise(scale: number, random: UniformRandom): number {
  // A generator that returns exactly 0 or 1 would give an infinite draw.
  const p = Math.min(Math.max(random(), Number.EPSILON), 1 - Number.EPSILON);
  return p < 0.5 ? scale * Math.log(2 * p) : -scale * Math.log(2 * (1 - p));
}

/**
 * A count with ε-differentially private noise: one person changes a count by at most one (sensitivity 1),
 * so the scale is 1/ε. Rounding to a whole number and clamping at zero are post-processing and spend no
 * budget; rounding also removes the floating-point artefacts that can betray the true value.
 */
export function noisyCount(count: number, epsilon: number, random: UniformRandom): number {
  return Math.max(0, Math.round(count + laplaceNoise(1 / epsilon, random)));
}
