import { stateName } from '../catalog/states.ts';
import { FORM_LABELS } from '../screening/form-labels.ts';
import { inCanonicalOrder, PURPOSES, type Purpose } from '../screening/vocabulary.ts';
import {
  type Authority,
  DECIDING_FACTS,
  type DecidingFact,
  type JurisdictionDecision,
  type JurisdictionFacts,
} from './contract.ts';
import { explain, type JurisdictionRuleId } from './reasons.ts';
import { formsNotCriminalised, JURISDICTION_RULESET, type JurisdictionRuleset } from './ruleset.ts';

/**
 * Who is competent for a case, from the seed's rules: federal when transnational, organised crime
 * (three or more suspects counts), federal territory or officials accused; FEVIMTRA for two or fewer
 * suspects, UEITMPO otherwise; else the prosecutor of the state where it happened. A decision is never
 * guessed: while an unknown fact could change it and no federal trigger holds, it stays undetermined.
 */
export function decideJurisdiction(
  facts: JurisdictionFacts,
  ruleset: JurisdictionRuleset = JURISDICTION_RULESET,
): JurisdictionDecision {
  const triggers = federalTriggers(facts, ruleset);
  if (triggers.length > 0) return federal(facts, triggers, ruleset);
  const missing = DECIDING_FACTS.filter((fact) => facts[fact] == null);
  if (missing.length > 0) return undetermined(facts, missing);
  return stateCase(facts, ruleset);
}

function federalTriggers(facts: JurisdictionFacts, ruleset: JurisdictionRuleset): JurisdictionRuleId[] {
  const triggers: JurisdictionRuleId[] = [];
  if (facts.transnational === true) triggers.push('federal_transnational');
  if (facts.organizedCrime === true) triggers.push('federal_organized_crime');
  if (manySuspects(facts, ruleset)) triggers.push('organized_crime_three_or_more_suspects');
  if (facts.federalTerritory === true) triggers.push('federal_territory');
  if (facts.officialInvolved === true) triggers.push('federal_official_involved');
  return triggers;
}

function manySuspects(facts: JurisdictionFacts, ruleset: JurisdictionRuleset): boolean {
  return facts.suspectCount != null && facts.suspectCount >= ruleset.organizedCrimeMinSuspects;
}

type FederalUnit = { authority: Authority | null; rule: JurisdictionRuleId; missing: DecidingFact[] };

/** The seed: FEVIMTRA takes federal cases with two or fewer suspects, UEITMPO those with three or more. */
function federalUnit(facts: JurisdictionFacts, ruleset: JurisdictionRuleset): FederalUnit {
  if (facts.organizedCrime === true || manySuspects(facts, ruleset)) {
    return { authority: 'UEITMPO', rule: 'ueitmpo_organized_crime', missing: [] };
  }
  // Until organised crime is ruled out, learning of it would move the case to UEITMPO.
  const organizedCrimeOpen: DecidingFact[] = facts.organizedCrime == null ? ['organizedCrime'] : [];
  if (facts.suspectCount == null) {
    return {
      authority: null,
      rule: 'federal_unit_undetermined',
      missing: [...organizedCrimeOpen, 'suspectCount'],
    };
  }
  return { authority: 'FEVIMTRA', rule: 'fevimtra_two_or_fewer_suspects', missing: organizedCrimeOpen };
}

function federal(
  facts: JurisdictionFacts,
  triggers: JurisdictionRuleId[],
  ruleset: JurisdictionRuleset,
): JurisdictionDecision {
  const { authority, rule, missing } = federalUnit(facts, ruleset);
  const rules = [...triggers, rule];
  if (authority === 'FEVIMTRA' && missing.length > 0) rules.push('federal_unit_may_change');
  return {
    decision: 'federal',
    authority,
    state: facts.state ?? null,
    missing,
    reasons: reasonsFor(facts, rules),
  };
}

function undetermined(facts: JurisdictionFacts, missing: DecidingFact[]): JurisdictionDecision {
  const reasons = reasonsFor(facts, ['undetermined_missing_facts']);
  return { decision: 'undetermined', authority: null, state: facts.state ?? null, missing, reasons };
}

function stateCase(facts: JurisdictionFacts, ruleset: JurisdictionRuleset): JurisdictionDecision {
  const state = facts.state!;
  const law = ruleset.stateLaws[state];
  const gaps = formsNotCriminalised(law, facts.forms ?? []);
  const rules: JurisdictionRuleId[] = ['state_domestic_case'];
  if (gaps.length > 0) rules.push('state_law_gap');
  if (!law.verified) rules.push('state_law_unverified');
  return {
    decision: 'state',
    authority: 'STATE_PROSECUTOR',
    state,
    missing: [],
    reasons: reasonsFor(facts, rules, gaps),
  };
}

function reasonsFor(facts: JurisdictionFacts, rules: JurisdictionRuleId[], gaps: Purpose[] = []) {
  const forms = inCanonicalOrder(PURPOSES, gaps);
  return explain(rules, {
    stateName: facts.state ? stateName(facts.state) : '',
    formsEs: forms.map((form) => FORM_LABELS[form].es).join(', '),
    formsEn: forms.map((form) => FORM_LABELS[form].en).join(', '),
  });
}
