import type { Reason } from './contract.ts';
import { ELEMENT_RULES } from './element-reasons.ts';
import { OUTCOME_RULES } from './outcome-reasons.ts';

/**
 * Every screening rule with its explanation in both languages. Rule ids are stable: a text may be
 * improved, but an id never changes meaning (docs/rules.md lists them with their sources).
 */
export const SCREENING_RULES = [...ELEMENT_RULES, ...OUTCOME_RULES];

export type ScreeningRuleId = (typeof SCREENING_RULES)[number]['rule'];

/** The reasons for the given rules, deduplicated and in catalog order. */
export function explain(rules: Iterable<ScreeningRuleId>): Reason[] {
  const wanted = new Set(rules);
  return SCREENING_RULES.filter((entry) => wanted.has(entry.rule)).map(({ rule, es, en }) => ({
    rule,
    es,
    en,
  }));
}
