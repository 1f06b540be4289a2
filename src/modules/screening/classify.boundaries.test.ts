import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import type { ScreeningFacts, ScreeningResult } from './contract.ts';
import type { ScreeningRuleId } from './reasons.ts';

type Row = [name: string, facts: ScreeningFacts, result: ScreeningResult['result'], rules: ScreeningRuleId[]];

const MET = ['trafficking_elements_met', 'consent_irrelevant'] as const;
const paidAndFree = { paidToCrossBorder: true, freeToLeaveOnArrival: true };

/**
 * What the seed says officials failed to tell apart: smuggling, prostitution, labour violations and
 * trafficking; plus illegal adoption (Mexican law only) and facts still unknown.
 */
const TABLE: Row[] = [
  [
    'smuggled migrants later held for a debt they must work off',
    {
      age: 31,
      acts: ['transportation', 'harbouring'],
      means: [],
      purposes: ['forced_labour'],
      indicators: ['ilo_debt_bondage'],
      smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: false },
    },
    'trafficking_indicated',
    [
      'act_present',
      'purpose_present',
      'means_from_indicators',
      'smuggling_not_free_to_leave',
      ...MET,
      'smuggling_became_trafficking',
    ],
  ],
  [
    'migrant who paid a smuggler and was free on arrival',
    { age: 29, acts: ['transportation'], means: [], purposes: [], indicators: [], smuggling: paidAndFree },
    'smuggling_indicated',
    ['act_present', 'purpose_absent', 'means_absent', 'smuggling_without_exploitation'],
  ],
  [
    'smuggled migrant, no exploitation, freedom on arrival not yet asked',
    { age: 35, acts: ['transportation'], means: [], purposes: [], smuggling: { paidToCrossBorder: true } },
    'smuggling_indicated',
    ['act_present', 'purpose_absent', 'means_unknown', 'smuggling_without_exploitation'],
  ],
  [
    'smuggled migrant, purpose and freedom on arrival not yet known',
    {
      age: 35,
      acts: ['transportation'],
      means: [],
      smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: null },
    },
    'further_assessment',
    ['act_present', 'purpose_unknown', 'means_unknown', 'elements_incomplete'],
  ],
  [
    'unaccompanied child smuggled with no exploitation',
    { age: 16, acts: ['transportation'], means: [], purposes: [], smuggling: paidAndFree },
    'smuggling_indicated',
    [
      'act_present',
      'purpose_absent',
      'means_absent',
      'child_no_means_required',
      'smuggling_without_exploitation',
    ],
  ],
  [
    'smuggled migrant held on arrival, purpose not yet known',
    {
      age: 40,
      acts: ['transportation', 'harbouring'],
      means: [],
      smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: false },
    },
    'further_assessment',
    ['act_present', 'purpose_unknown', 'smuggling_not_free_to_leave', 'elements_incomplete'],
  ],
  [
    'smuggled migrant held on arrival with no purpose observed',
    {
      age: 40,
      acts: ['transportation'],
      means: [],
      purposes: [],
      smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: false },
    },
    'further_assessment',
    ['act_present', 'purpose_absent', 'smuggling_not_free_to_leave', 'indicators_without_elements'],
  ],
  [
    'adult sex worker with no one controlling her',
    { age: 28, acts: [], means: [], purposes: [], indicators: [] },
    'not_indicated',
    ['act_absent', 'purpose_absent', 'means_absent', 'no_trafficking_elements'],
  ],
  [
    'adult sex worker recruited by a bar, without coercion',
    { age: 26, acts: ['recruitment'], means: [], purposes: ['sexual_exploitation'], indicators: [] },
    'not_indicated',
    ['act_present', 'purpose_present', 'means_absent', 'adult_without_means'],
  ],
  [
    'person of exactly 18 in prostitution, without coercion',
    { age: 18, acts: ['harbouring'], means: [], purposes: ['sexual_exploitation'] },
    'not_indicated',
    ['act_present', 'purpose_present', 'means_absent', 'adult_without_means'],
  ],
  [
    'adult sex worker whose earnings a manager takes',
    {
      age: 26,
      acts: ['harbouring'],
      means: [],
      purposes: ['sexual_exploitation'],
      indicators: ['htcds_takes_earnings'],
    },
    'trafficking_indicated',
    ['act_present', 'purpose_present', 'means_from_indicators', ...MET],
  ],
  [
    'adolescent of 17 in prostitution, without coercion',
    { age: 17, acts: ['harbouring'], means: [], purposes: ['sexual_exploitation'] },
    'trafficking_indicated',
    ['act_present', 'purpose_present', 'means_absent', 'child_no_means_required', ...MET],
  ],
  [
    'person in prostitution whose age is not known, no means observed',
    { acts: ['harbouring'], means: [], purposes: ['sexual_exploitation'] },
    'further_assessment',
    ['act_present', 'purpose_present', 'means_absent', 'age_unknown', 'elements_incomplete'],
  ],
  [
    'youth found selling drugs, age unknown, no means observed',
    { acts: ['recruitment'], means: [], purposes: ['forced_criminality'] },
    'further_assessment',
    [
      'act_present',
      'purpose_present',
      'means_absent',
      'age_unknown',
      'non_punishment',
      'elements_incomplete',
    ],
  ],
  [
    'baby sold for illegal adoption',
    { age: 0, acts: ['transfer', 'receipt'], means: [], purposes: ['illegal_adoption'] },
    'trafficking_indicated',
    ['act_present', 'illegal_adoption_mexican_law_only', 'means_absent', 'child_no_means_required', ...MET],
  ],
  [
    'child given for illegal adoption and sexually exploited',
    {
      age: 10,
      acts: ['transfer'],
      means: ['payment_to_controller'],
      purposes: ['illegal_adoption', 'sexual_exploitation'],
    },
    'trafficking_indicated',
    [
      'act_present',
      'purpose_present',
      'illegal_adoption_mexican_law_only',
      'means_present',
      'child_no_means_required',
      ...MET,
    ],
  ],
  [
    'child in an illegal adoption, how it happened not yet known',
    { age: 1, purposes: ['illegal_adoption'] },
    'further_assessment',
    [
      'act_unknown',
      'illegal_adoption_mexican_law_only',
      'means_unknown',
      'child_no_means_required',
      'elements_incomplete',
    ],
  ],
  [
    'coal-mine workers with only indicators recorded so far',
    { age: 33, indicators: ['ilo_excessive_overtime', 'ilo_abusive_working_living_conditions'] },
    'further_assessment',
    ['act_unknown', 'purpose_unknown', 'means_unknown', 'elements_incomplete'],
  ],
  [
    'labour violation without coercion',
    { age: 40, acts: ['recruitment'], means: [], purposes: [], indicators: [] },
    'not_indicated',
    ['act_present', 'purpose_absent', 'means_absent', 'adult_without_means'],
  ],
  [
    'worker with excessive overtime but no elements of trafficking',
    { age: 40, acts: ['recruitment'], means: [], purposes: [], indicators: ['ilo_excessive_overtime'] },
    'further_assessment',
    ['act_present', 'purpose_absent', 'means_absent', 'indicators_without_elements'],
  ],
  [
    'organ sale offered to a person in need, act not yet known',
    { age: 30, means: ['abuse_of_vulnerability'], purposes: ['organ_removal'] },
    'further_assessment',
    ['act_unknown', 'purpose_present', 'means_present', 'elements_incomplete'],
  ],
  [
    'first contact: nothing known yet',
    {},
    'further_assessment',
    ['act_unknown', 'purpose_unknown', 'means_unknown', 'age_unknown', 'elements_incomplete'],
  ],
  [
    'worker whose means are marked as still being asked',
    { age: 25, acts: ['recruitment'], means: [], purposes: ['forced_labour'], unknown: ['means'] },
    'further_assessment',
    ['act_present', 'purpose_present', 'means_unknown', 'elements_incomplete'],
  ],
  [
    'adult asked about everything, nothing observed, did not pay to cross',
    {
      age: 30,
      acts: [],
      means: [],
      purposes: [],
      indicators: [],
      smuggling: { paidToCrossBorder: false, freeToLeaveOnArrival: true },
    },
    'not_indicated',
    ['act_absent', 'purpose_absent', 'means_absent', 'no_trafficking_elements'],
  ],
  [
    'adult threatened, with no act or purpose observed',
    { age: 30, acts: [], means: ['threat'], purposes: [] },
    'further_assessment',
    ['act_absent', 'purpose_absent', 'means_present', 'indicators_without_elements'],
  ],
  [
    'adult coerced into forced labour, no act observed',
    { age: 30, acts: [], means: ['coercion'], purposes: ['forced_labour'] },
    'further_assessment',
    ['act_absent', 'purpose_present', 'means_present', 'indicators_without_elements'],
  ],
];

describe('classify: telling trafficking apart from smuggling, prostitution and labour violations', () => {
  it.each(TABLE)('%s', (_name, facts, result, rules) => {
    const outcome = classify(facts);
    expect(outcome.result).toBe(result);
    expect(outcome.reasons.map((reason) => reason.rule)).toEqual(rules);
  });

  it('counts illegal adoption alone under Mexican law only', () => {
    const outcome = classify({ age: 0, acts: ['transfer'], means: [], purposes: ['illegal_adoption'] });
    expect(outcome).toMatchObject({ mexicanLawOnly: true, forms: ['illegal_adoption'], child: true });
    expect(outcome.palermo).toEqual({ act: true, means: 'not_required', purpose: false });
  });

  it('does not flag Mexican-law-only when a Palermo purpose is also present', () => {
    const outcome = classify({
      age: 10,
      acts: ['transfer'],
      purposes: ['illegal_adoption', 'sexual_exploitation'],
    });
    expect(outcome).toMatchObject({
      mexicanLawOnly: false,
      forms: ['sexual_exploitation', 'illegal_adoption'],
    });
  });

  it('lists no forms when trafficking is not indicated', () => {
    const outcome = classify({
      age: 26,
      acts: ['recruitment'],
      means: [],
      purposes: ['sexual_exploitation'],
    });
    expect(outcome).toMatchObject({ forms: [], mexicanLawOnly: false, child: false });
    expect(outcome.palermo).toEqual({ act: true, means: false, purpose: true });
  });

  it('leaves child and every element unknown when nothing is known', () => {
    expect(classify({})).toMatchObject({ child: null, palermo: { act: null, means: null, purpose: null } });
  });
});
