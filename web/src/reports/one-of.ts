/** `value` when it is one of `options` (a select's own options), else `fallback`. */
export const oneOf = <T extends string>(options: readonly T[], value: string, fallback: T): T =>
  options.find((option) => option === value) ?? fallback;
