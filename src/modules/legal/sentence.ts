import { type FieldIssue, issue } from '../case-records/field-issues.ts';

export const VERDICT_OUTCOMES = ['conviction', 'acquittal'] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

/** Longer terms are accumulated sentences; the federal district's longest in 2012 was 52 years. */
export const MAX_PRISON_YEARS = 150;

export type Sentence = {
  outcome: VerdictOutcome;
  prisonYears: number | null;
  prisonMonths: number | null;
  fineMxn: number | null;
};

/**
 * What a verdict's sentence must satisfy: only a conviction carries one (it may come later, at the
 * sentencing hearing); a prison term is whole years plus 0–11 months, both given, and not zero; a fine
 * is a non-negative amount in pesos.
 */
export function sentenceIssues(sentence: Sentence): FieldIssue[] {
  const { outcome, prisonYears, prisonMonths, fineMxn } = sentence;
  if (outcome === 'acquittal') {
    const given = (['prisonYears', 'prisonMonths', 'fineMxn'] as const).filter(
      (field) => sentence[field] !== null,
    );
    return given.map((field) => issue(field, 'sentence_needs_conviction'));
  }
  const issues: FieldIssue[] = [];
  if (prisonYears !== null && (prisonYears < 0 || prisonYears > MAX_PRISON_YEARS))
    issues.push(issue('prisonYears', 'prison_years_range'));
  if (prisonMonths !== null && (prisonMonths < 0 || prisonMonths > 11))
    issues.push(issue('prisonMonths', 'prison_months_range'));
  if ((prisonYears === null) !== (prisonMonths === null))
    issues.push(issue(prisonYears === null ? 'prisonYears' : 'prisonMonths', 'prison_term_incomplete'));
  if (prisonYears === 0 && prisonMonths === 0) issues.push(issue('prisonYears', 'prison_term_empty'));
  if (fineMxn !== null && fineMxn < 0) issues.push(issue('fineMxn', 'amount_negative'));
  return issues;
}
