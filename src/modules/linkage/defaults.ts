/**
 * Defaults of `enlace link`, shared with the benchmark so its figures are the ones a user gets.
 * docs/linkage.md explains how they were chosen.
 */
export const LINK_DEFAULTS = {
  /** Match probability from which two records are one person: more likely the same than not. */
  threshold: 0.5,
  /** Pairs from this probability up to the threshold go to the review file. */
  reviewFloor: 0.1,
  /** Dice similarity from which two encodings are one person. */
  pprlThreshold: 0.55,
} as const;
