import type { ModelSpec } from './spec.ts';

/** Rule masks are 32-bit integers; the sign bit is left alone. */
const MAX_RULES = 31;

/**
 * Checks the references inside a model, so a misspelt rule or comparison name fails loudly
 * instead of silently training nothing.
 */
export function validateModelSpec(spec: ModelSpec): void {
  const comparisonNames = new Set(spec.comparisons.map((comparison) => comparison.name));
  const ruleNames = new Set(spec.blockingRules.map((rule) => rule.name));
  const problems: string[] = [];
  if (spec.blockingRules.length > MAX_RULES) problems.push(`more than ${MAX_RULES} blocking rules`);
  if (comparisonNames.size !== spec.comparisons.length) problems.push('two comparisons share a name');
  if (ruleNames.size !== spec.blockingRules.length) problems.push('two blocking rules share a name');
  for (const training of spec.training) {
    if (!ruleNames.has(training.rule)) problems.push(`training on unknown rule "${training.rule}"`);
    for (const name of training.leaveOut) {
      if (!comparisonNames.has(name)) problems.push(`training leaves out unknown comparison "${name}"`);
    }
  }
  for (const comparison of spec.comparisons) {
    if (comparison.termFrequency && comparison.levels[0]?.kind !== 'exact') {
      problems.push(`term frequencies on "${comparison.name}", whose first level is not exact`);
    }
  }
  const patternSpace = spec.comparisons.reduce(
    (product, comparison) => product * (comparison.levels.length + 2),
    1,
  );
  if (patternSpace > Number.MAX_SAFE_INTEGER) problems.push('too many comparison levels to encode patterns');
  if (problems.length > 0) throw new Error(`Invalid linkage model: ${problems.join('; ')}`);
}
