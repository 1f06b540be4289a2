import { STATE_CODES, type StateCode } from '../catalog/states.ts';
import type { Purpose } from '../screening/vocabulary.ts';

/** What the rule set knows of one state's own penal law on trafficking. */
export type StateLaw = {
  /** Forms of exploitation the state's own penal law covers. */
  criminalisedForms: 'all' | readonly Purpose[];
  /** False until a lawyer has checked the entry against the state's current law. */
  verified: boolean;
};

export type JurisdictionRuleset = {
  /** Recorded with every decision, so an old decision can be explained by the rules it was made under. */
  version: string;
  /** The seed: UEITMPO takes cases "with three or more suspects", which the law treats as organised crime. */
  organizedCrimeMinSuspects: number;
  stateLaws: Readonly<Record<StateCode, StateLaw>>;
};

/**
 * A configurable placeholder, not legal research. The seed says only that "all 32 Mexican states have
 * passed some trafficking-related penal code reforms", that "23 states have specific state trafficking
 * laws" and that "only some states criminalize all forms of trafficking", without naming them. Until a
 * lawyer fills in this table, every state is assumed to cover every form and marked unverified, so each
 * state decision tells the prosecutor to confirm it.
 */
const UNVERIFIED: StateLaw = { criminalisedForms: 'all', verified: false };

export const JURISDICTION_RULESET: JurisdictionRuleset = {
  version: 'jurisdiction-rules/1',
  organizedCrimeMinSuspects: 3,
  stateLaws: Object.fromEntries(STATE_CODES.map((code) => [code, UNVERIFIED])) as Record<StateCode, StateLaw>,
};

/** Forms the state's own law does not cover, per the rule set. */
export function formsNotCriminalised(law: StateLaw, forms: readonly Purpose[]): Purpose[] {
  const covered = law.criminalisedForms;
  return covered === 'all' ? [] : forms.filter((form) => !covered.includes(form));
}
