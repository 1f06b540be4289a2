import { describe, expect, it } from 'vitest';
import type { JurisdictionDecision, JurisdictionFacts } from './contract.ts';
import { decideJurisdiction } from './decide.ts';
import type { JurisdictionRuleId } from './reasons.ts';

type Expected = Pick<JurisdictionDecision, 'decision' | 'authority' | 'missing'> & {
  rules: JurisdictionRuleId[];
};
type Row = [name: string, facts: JurisdictionFacts, expected: Expected];

const DOMESTIC = {
  transnational: false,
  organizedCrime: false,
  federalTerritory: false,
  officialInvolved: false,
};
const STATE_RULES: JurisdictionRuleId[] = ['state_domestic_case', 'state_law_unverified'];
const state = (rules = STATE_RULES): Expected => ({
  decision: 'state',
  authority: 'STATE_PROSECUTOR',
  missing: [],
  rules,
});
const fevimtra = (...triggers: JurisdictionRuleId[]): Expected => ({
  decision: 'federal',
  authority: 'FEVIMTRA',
  missing: [],
  rules: [...triggers, 'fevimtra_two_or_fewer_suspects'],
});
const ueitmpo = (...triggers: JurisdictionRuleId[]): Expected => ({
  decision: 'federal',
  authority: 'UEITMPO',
  missing: [],
  rules: [...triggers, 'ueitmpo_organized_crime'],
});
const undetermined = (...missing: Expected['missing']): Expected => ({
  decision: 'undetermined',
  authority: null,
  missing,
  rules: ['undetermined_missing_facts'],
});
const MANY = 'organized_crime_three_or_more_suspects';

/** Situations from the seed, with the authority its rules give them. */
const TABLE: Row[] = [
  [
    'sexual exploitation in Puebla by two local suspects',
    { state: 'PUE', ...DOMESTIC, suspectCount: 2, forms: ['sexual_exploitation'] },
    state(),
  ],
  ['sex trafficking in Tlaxcala by one suspect', { state: 'TLA', ...DOMESTIC, suspectCount: 1 }, state()],
  [
    'forced labour in Sonora, no suspect identified yet',
    { state: 'SON', ...DOMESTIC, suspectCount: 0 },
    state(),
  ],
  [
    'sex trafficking in the federal district by one suspect',
    { state: 'CMX', ...DOMESTIC, suspectCount: 1 },
    state(),
  ],
  [
    'addiction rehabilitation centre in Jalisco, two staff',
    { state: 'JAL', ...DOMESTIC, suspectCount: 2, forms: ['forced_labour'] },
    state(),
  ],
  [
    'child exploited by a local pimp in Acapulco',
    { state: 'GRO', ...DOMESTIC, suspectCount: 1, forms: ['sexual_exploitation'] },
    state(),
  ],
  [
    'illegal adoption arranged within Oaxaca by two people',
    { state: 'OAX', ...DOMESTIC, suspectCount: 2, forms: ['illegal_adoption'] },
    state(),
  ],
  [
    'forced labour in a Nuevo León factory, two managers',
    { state: 'NLE', ...DOMESTIC, suspectCount: 2 },
    state(),
  ],
  [
    'Guatemalan women brought across the southern border into Chiapas by two recruiters',
    { state: 'CHP', ...DOMESTIC, transnational: true, suspectCount: 2 },
    fevimtra('federal_transnational'),
  ],
  [
    'network of five exploiting Central American women in Chiapas',
    { state: 'CHP', ...DOMESTIC, transnational: true, suspectCount: 5 },
    ueitmpo('federal_transnational', MANY),
  ],
  [
    "Chihuahua prosecutor's employee charged with forced labour of a Guatemalan child",
    {
      state: 'CHH',
      ...DOMESTIC,
      transnational: true,
      officialInvolved: true,
      suspectCount: 1,
      forms: ['forced_labour'],
    },
    fevimtra('federal_transnational', 'federal_official_involved'),
  ],
  [
    "the same Chihuahua case before the child's origin is confirmed",
    { state: 'CHH', ...DOMESTIC, transnational: null, officialInvolved: true, suspectCount: 1 },
    fevimtra('federal_official_involved'),
  ],
  [
    'four Puebla officials investigated for trafficking',
    { state: 'PUE', ...DOMESTIC, officialInvolved: true, suspectCount: 4 },
    ueitmpo(MANY, 'federal_official_involved'),
  ],
  [
    'criminal group forcing children to work as lookouts in Tamaulipas',
    { state: 'TAM', ...DOMESTIC, organizedCrime: true, suspectCount: null, forms: ['forced_criminality'] },
    ueitmpo('federal_organized_crime'),
  ],
  [
    'criminal group using forced labour in Coahuila coal mines',
    { state: 'COA', ...DOMESTIC, organizedCrime: true, suspectCount: 6 },
    ueitmpo('federal_organized_crime', MANY),
  ],
  [
    'three kidnappers forcing engineers to work, organised crime not yet established',
    { state: 'MIC', ...DOMESTIC, organizedCrime: null, suspectCount: 3 },
    ueitmpo(MANY),
  ],
  [
    'three suspects although organised crime was marked as absent',
    { state: 'SIN', ...DOMESTIC, suspectCount: 3 },
    ueitmpo(MANY),
  ],
  [
    'foreign child sex tourist in Acapulco',
    { state: 'GRO', ...DOMESTIC, transnational: true, suspectCount: 1 },
    fevimtra('federal_transnational'),
  ],
  [
    'hotel network of three in Puerto Vallarta',
    { state: 'JAL', ...DOMESTIC, suspectCount: 3 },
    ueitmpo(MANY),
  ],
  [
    'local officials allowing child sexual exploitation in Cancún',
    { state: 'ROO', ...DOMESTIC, officialInvolved: true, suspectCount: 2 },
    fevimtra('federal_official_involved'),
  ],
  [
    'recruitment in Tijuana for exploitation in the United States',
    { state: 'BCN', ...DOMESTIC, transnational: true, suspectCount: 2 },
    fevimtra('federal_transnational'),
  ],
  [
    'Ciudad Juárez cross-border case, suspects not yet counted',
    { state: 'CHH', ...DOMESTIC, transnational: true, suspectCount: null },
    {
      decision: 'federal',
      authority: null,
      missing: ['suspectCount'],
      rules: ['federal_transnational', 'federal_unit_undetermined'],
    },
  ],
  [
    'exploitation inside a federally administered port in Veracruz',
    { state: 'VER', ...DOMESTIC, federalTerritory: true, suspectCount: 1 },
    fevimtra('federal_territory'),
  ],
  [
    'organ trafficking network of four in Mexico City',
    { state: 'CMX', ...DOMESTIC, suspectCount: 4, forms: ['organ_removal'] },
    ueitmpo(MANY),
  ],
  [
    'lone organ broker abroad, organised crime not yet known',
    { state: 'CMX', ...DOMESTIC, transnational: true, organizedCrime: null, suspectCount: 1 },
    {
      decision: 'federal',
      authority: 'FEVIMTRA',
      missing: ['organizedCrime'],
      rules: ['federal_transnational', 'fevimtra_two_or_fewer_suspects', 'federal_unit_may_change'],
    },
  ],
  [
    'smuggled migrants held for debt in Tabasco by two people',
    { state: 'TAB', ...DOMESTIC, transnational: true, suspectCount: 2 },
    fevimtra('federal_transnational'),
  ],
  [
    'cross-border case where nothing else is known yet',
    { transnational: true },
    {
      decision: 'federal',
      authority: null,
      missing: ['organizedCrime', 'suspectCount'],
      rules: ['federal_transnational', 'federal_unit_undetermined'],
    },
  ],
  [
    'first report, nothing known',
    {},
    undetermined(
      'state',
      'transnational',
      'organizedCrime',
      'federalTerritory',
      'officialInvolved',
      'suspectCount',
    ),
  ],
  [
    'Puebla case whose victims may have come from abroad',
    { state: 'PUE', ...DOMESTIC, transnational: null, suspectCount: 1 },
    undetermined('transnational'),
  ],
  [
    'case known to be domestic but not where it happened',
    { state: null, ...DOMESTIC, suspectCount: 2 },
    undetermined('state'),
  ],
  [
    'Michoacán case with an unknown number of suspects',
    { state: 'MIC', ...DOMESTIC, suspectCount: null },
    undetermined('suspectCount'),
  ],
  [
    'Guanajuato case where the place and any officials are not yet known',
    { state: 'GUA', ...DOMESTIC, federalTerritory: null, officialInvolved: null, suspectCount: 1 },
    undetermined('federalTerritory', 'officialInvolved'),
  ],
];

describe('decideJurisdiction: seed situations', () => {
  it.each(TABLE)('%s', (_name, facts, expected) => {
    const decision = decideJurisdiction(facts);
    expect(decision).toMatchObject({
      decision: expected.decision,
      authority: expected.authority,
      missing: expected.missing,
      state: facts.state ?? null,
    });
    expect(decision.reasons.map((reason) => reason.rule)).toEqual(expected.rules);
  });
});
