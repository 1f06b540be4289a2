/**
 * Defaults of `enlace link`, shared with the benchmark so its figures are the ones a user gets.
 * docs/linkage.md explains how they were chosen.
 */
export const LINK_DEFAULTS = {
  /**
   * Match probability from which two records are one person. Below one half because the clustering
   * then asks each record to fit its whole cluster on average, which splits more than it merges: at
   * 0.5 the synthetic agency files came out with 1.6 to 1.8 % more persons than they hold.
   */
  threshold: 0.35,
  /** Pairs from this probability up to the threshold go to the review file. */
  reviewFloor: 0.1,
  /** Dice similarity from which two encodings are one person. */
  pprlThreshold: 0.55,
} as const;
