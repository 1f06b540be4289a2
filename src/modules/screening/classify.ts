import type { ScreeningFacts, ScreeningResult } from './contract.ts';
import { assessElements, type Elements } from './elements.ts';
import { explain, type ScreeningRuleId } from './reasons.ts';

/** Bump when a rule changes what it decides; stored with every screening result. */
export const SCREENING_RULES_VERSION = 'screening-rules/1';

type Outcome = ScreeningResult['result'];

/**
 * Facts → indication. It informs, and never replaces, the identification decision an authorised person
 * makes. Consent is not an input: the contract rejects it, because the law makes it irrelevant.
 */
export function classify(facts: ScreeningFacts): ScreeningResult {
  const elements = assessElements(facts);
  const rules = new Set<ScreeningRuleId>(elementRules(elements));
  const result = decide(elements, rules);
  const counted = result === 'trafficking_indicated' || result === 'further_assessment';
  const forms = counted ? elements.forms : [];
  if (forms.includes('forced_criminality')) {
    rules.add('non_punishment');
    if (elements.child === true) rules.add('child_forced_criminality');
  }
  return {
    result,
    palermo: {
      act: elements.act,
      means: elements.child === true ? 'not_required' : elements.means,
      purpose: elements.palermoPurpose,
    },
    child: elements.child,
    mexicanLawOnly: counted && elements.purpose === true && elements.palermoPurpose !== true,
    forms,
    reasons: explain(rules),
  };
}

function decide(elements: Elements, rules: Set<ScreeningRuleId>): Outcome {
  const { act, purpose, means, child } = elements;
  if (act === true && purpose === true && (means === true || child === true)) {
    rules.add('trafficking_elements_met').add('consent_irrelevant');
    if (elements.paidCrossing) rules.add('smuggling_became_trafficking');
    return 'trafficking_indicated';
  }
  const impossible = act === false || purpose === false || (means === false && child === false);
  if (!impossible) {
    rules.add('elements_incomplete');
    return 'further_assessment';
  }
  if (elements.indicatorsPresent || means === true) {
    rules.add('indicators_without_elements');
    return 'further_assessment';
  }
  if (elements.paidCrossing && purpose !== true) {
    rules.add('smuggling_without_exploitation');
    return 'smuggling_indicated';
  }
  const someElementSeen = act === true || purpose === true;
  rules.add(
    child === false && means === false && someElementSeen ? 'adult_without_means' : 'no_trafficking_elements',
  );
  return 'not_indicated';
}

function elementRules(elements: Elements): ScreeningRuleId[] {
  const rules: ScreeningRuleId[] = [statusRule(elements.act, 'act_present', 'act_absent', 'act_unknown')];
  // Illegal adoption alone is a purpose under Mexican law only; its own rule explains that case.
  const adoptionOnly = elements.purpose === true && elements.palermoPurpose !== true;
  const purpose = statusRule(elements.palermoPurpose, 'purpose_present', 'purpose_absent', 'purpose_unknown');
  if (!adoptionOnly) rules.push(purpose);
  if (elements.forms.includes('illegal_adoption')) rules.push('illegal_adoption_mexican_law_only');
  if (elements.meansReported) rules.push('means_present');
  if (elements.meansFromIndicators.length > 0) rules.push('means_from_indicators');
  if (elements.notFreeToLeave) rules.push('smuggling_not_free_to_leave');
  if (elements.means !== true) rules.push(elements.means === false ? 'means_absent' : 'means_unknown');
  if (elements.child !== false) rules.push(elements.child ? 'child_no_means_required' : 'age_unknown');
  return rules;
}

function statusRule<R extends ScreeningRuleId>(status: boolean | null, present: R, absent: R, unknown: R): R {
  return status === true ? present : status === false ? absent : unknown;
}
