import type { BreakdownDimension } from '../../../contracts/statistics.ts';

/**
 * The figures the mexico-2012 data set must produce, one row per number, with what the seed says and
 * the sentence it says it in. `records` is the figure when each agency's person record counts once
 * (how the statistics count today); `persons` is the figure once people recorded by several agencies
 * are counted once (record-linkage clusters), where the two differ. Counts of proceedings, verdicts,
 * referrals, measures and activities are the same either way.
 *
 * basis: `seed` the seed's number; `seed_at_least` the seed's "at least", made exact; `chosen` our
 * value where the seed gives none; `derived` the sum of other rows.
 */
export type Target = {
  indicator: string;
  year: 2011 | 2012;
  /** A breakdown cell, or a statistic of a distribution; the figure's value when omitted. */
  cell?: { dimension: BreakdownDimension; key: string };
  statistic?: 'count' | 'min' | 'median' | 'max';
  /** Null: no record falls under the indicator, so the figure is empty rather than 0. */
  records: number | null;
  persons?: number;
  basis: 'seed' | 'seed_at_least' | 'chosen' | 'derived';
  /** What the seed says, in its words ("—" where it says nothing). */
  seedSays: string;
  source: string;
};

const at = (dimension: BreakdownDimension, key: string) => ({ dimension, key });

const CONVICTIONS_25 =
  'Mexican authorities at the federal and state levels convicted at least 25 trafficking offenders in 2012; at least six of these convictions were for forced labor.';
const CONVICTIONS_2011 =
  'in 2011 Mexican authorities convicted at least 14 sex trafficking offenders, but reported no forced labor convictions';
const FEVIMTRA =
  "In 2012, FEVIMTRA initiated 72 trafficking investigations; it was unclear how many prosecutions it initiated, but prosecutors reported convicting two trafficking offenders who were sentenced to nine years' imprisonment for forced child labor.";
const UEITMPO =
  'In 2012, UEITMPO conducted 24 trafficking investigations and initiated three prosecutions but did not convict any trafficking offenders.';
const FEDERAL_DISTRICT =
  "The attorney general's office in the federal district reported convicting at least nine sex trafficking and four labor trafficking offenders, whose sentences ranged from 10 years' and seven months' to 52 years' imprisonment.";
const STATES =
  'authorities in Puebla reported two convictions, Tlaxcala reported four, Sonora reported two, and authorities in Chiapas convicted at least two trafficking offenders.';
const BILATERAL =
  'The Mexican federal government partnered with the U.S. government on 16 bilateral trafficking investigations in 2012, resulting in four extraditions to the United States in two separate cases.';
const OFFICIALS =
  "An employee of the attorney general's office in Chihuahua state was charged with forced labor …; Puebla prosecutors continued investigating four officials …. The government did not report any prosecutions or convictions of government employees for alleged complicity";
const VICTIM_UNIT =
  'The Special Prosecutions Unit for Attention to Victims of Crime … reported assisting at least 63 possible trafficking victims in 2012, while FEVIMTRA reported assisting 58 victims.';
const CONSULATES =
  'Mexican consulates in the United States reported identifying 40 sex trafficking victims and 18 forced labor victims in 2012';
const INM =
  'the National Institute for Migration (INM) reported identifying 21 foreign trafficking victims in Mexico';
const INM_RELIEF =
  'INM reported that 20 of the 21 foreign victims it identified in 2012 were eligible for legal residency in Mexico; authorities reported repatriating voluntarily the other victim';
const NATIONALITIES =
  'The vast majority of foreign victims … are from Central and South America, particularly Guatemala, Honduras, and El Salvador';
const SHELTER =
  'The shelter coordinated medical, psychological, and legal services for 95 individuals during the year, though it was unclear how many of these individuals were trafficking victims.';
const UNMET = 'services for forced labor victims and male victims were inadequate';
const NO_TOTAL =
  'There were no comprehensive statistics available on the number of trafficking victims identified during the year.';
const PREVENTION = 'Federal and state governments sustained trafficking prevention efforts in 2012.';

export const TARGETS: readonly Target[] = [
  // Prosecution, 2012
  {
    indicator: 'prosecution.investigations',
    year: 2012,
    records: 99,
    basis: 'derived',
    seedSays: '72 + 24 (federal); states: —',
    source: `${FEVIMTRA} ${UEITMPO}`,
  },
  {
    indicator: 'prosecution.investigations',
    year: 2012,
    cell: at('authority', 'FEVIMTRA'),
    records: 72,
    basis: 'seed',
    seedSays: '72',
    source: FEVIMTRA,
  },
  {
    indicator: 'prosecution.investigations',
    year: 2012,
    cell: at('authority', 'UEITMPO'),
    records: 24,
    basis: 'seed',
    seedSays: '24',
    source: UEITMPO,
  },
  {
    indicator: 'prosecution.investigations',
    year: 2012,
    cell: at('authority', 'FGE-TLA'),
    records: 3,
    basis: 'chosen',
    seedSays: '—',
    source: CONSULATES,
  },
  {
    indicator: 'prosecution.prosecutions',
    year: 2012,
    records: 11,
    basis: 'derived',
    seedSays: 'UEITMPO 3; FEVIMTRA unclear',
    source: UEITMPO,
  },
  {
    indicator: 'prosecution.prosecutions',
    year: 2012,
    cell: at('authority', 'UEITMPO'),
    records: 3,
    basis: 'seed',
    seedSays: '3',
    source: UEITMPO,
  },
  {
    indicator: 'prosecution.prosecutions',
    year: 2012,
    cell: at('authority', 'FEVIMTRA'),
    records: 8,
    basis: 'chosen',
    seedSays: 'unclear',
    source: FEVIMTRA,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    records: 25,
    basis: 'seed_at_least',
    seedSays: 'at least 25',
    source: CONVICTIONS_25,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('form_mexican_law', 'forced_labour'),
    records: 6,
    basis: 'seed_at_least',
    seedSays: 'at least 6',
    source: CONVICTIONS_25,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('form_mexican_law', 'sexual_exploitation'),
    records: 19,
    basis: 'derived',
    seedSays: '(25 − 6)',
    source: CONVICTIONS_25,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('form_palermo', 'forced_labour_or_services'),
    records: 6,
    basis: 'seed_at_least',
    seedSays: 'at least 6',
    source: CONVICTIONS_25,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FEVIMTRA'),
    records: 2,
    basis: 'seed',
    seedSays: '2',
    source: FEVIMTRA,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FGE-CMX'),
    records: 13,
    basis: 'seed_at_least',
    seedSays: 'at least 9 + 4',
    source: FEDERAL_DISTRICT,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FGE-PUE'),
    records: 2,
    basis: 'seed',
    seedSays: '2',
    source: STATES,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FGE-TLA'),
    records: 4,
    basis: 'seed',
    seedSays: '4',
    source: STATES,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FGE-SON'),
    records: 2,
    basis: 'seed',
    seedSays: '2',
    source: STATES,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'FGE-CHP'),
    records: 2,
    basis: 'seed_at_least',
    seedSays: 'at least 2',
    source: STATES,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('authority', 'UEITMPO'),
    records: 0,
    basis: 'seed',
    seedSays: '0',
    source: UEITMPO,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('state', 'CMX'),
    records: 13,
    basis: 'seed_at_least',
    seedSays: 'at least 13',
    source: FEDERAL_DISTRICT,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2012,
    cell: at('state', 'MEX'),
    records: 2,
    basis: 'chosen',
    seedSays: "— (FEVIMTRA's case placed in the State of Mexico)",
    source: FEVIMTRA,
  },
  {
    indicator: 'prosecution.acquittals',
    year: 2012,
    records: 3,
    basis: 'chosen',
    seedSays: '"often leading to the acquittal"',
    source:
      'Prosecutors reported that many judges did not fully understand the dynamics of trafficking crimes … often leading to the acquittal of trafficking offenders.',
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2012,
    statistic: 'count',
    records: 25,
    basis: 'seed_at_least',
    seedSays: 'at least 25 convictions',
    source: CONVICTIONS_25,
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2012,
    statistic: 'min',
    records: 9,
    basis: 'seed',
    seedSays: '9 years (FEVIMTRA)',
    source: FEVIMTRA,
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2012,
    statistic: 'median',
    records: 15,
    basis: 'chosen',
    seedSays: '—',
    source: FEDERAL_DISTRICT,
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2012,
    statistic: 'max',
    records: 52,
    basis: 'seed',
    seedSays: '52 years (federal district)',
    source: FEDERAL_DISTRICT,
  },
  {
    indicator: 'prosecution.officials_investigated',
    year: 2012,
    records: 1,
    basis: 'seed',
    seedSays: '1 charged (Chihuahua); Puebla\'s 4 "continued"',
    source: OFFICIALS,
  },
  {
    indicator: 'prosecution.officials_prosecuted',
    year: 2012,
    records: 1,
    basis: 'seed',
    seedSays: '0 for complicity; 1 charged with forced labor',
    source: OFFICIALS,
  },
  {
    indicator: 'prosecution.officials_convicted',
    year: 2012,
    records: null,
    basis: 'seed',
    seedSays: '0',
    source: OFFICIALS,
  },
  {
    indicator: 'prosecution.bilateral_investigations',
    year: 2012,
    records: 16,
    basis: 'seed',
    seedSays: '16',
    source: BILATERAL,
  },
  {
    indicator: 'prosecution.bilateral_investigations',
    year: 2012,
    cell: at('authority', 'FEVIMTRA'),
    records: 10,
    basis: 'chosen',
    seedSays: '—',
    source: BILATERAL,
  },
  {
    indicator: 'prosecution.extraditions',
    year: 2012,
    records: 4,
    basis: 'seed',
    seedSays: '4 (in 2 cases)',
    source: BILATERAL,
  },
  // Prosecution, 2011
  {
    indicator: 'prosecution.convictions',
    year: 2011,
    records: 14,
    basis: 'seed_at_least',
    seedSays: 'at least 14',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2011,
    cell: at('form_mexican_law', 'sexual_exploitation'),
    records: 14,
    basis: 'seed_at_least',
    seedSays: 'at least 14, all sex trafficking',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2011,
    cell: at('form_mexican_law', 'forced_labour'),
    records: 0,
    basis: 'seed',
    seedSays: 'none reported',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.convictions',
    year: 2011,
    cell: at('state', 'CMX'),
    records: 6,
    basis: 'chosen',
    seedSays: '—',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2011,
    statistic: 'min',
    records: 8,
    basis: 'chosen',
    seedSays: '—',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.sentence_length',
    year: 2011,
    statistic: 'max',
    records: 30,
    basis: 'chosen',
    seedSays: '—',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.investigations',
    year: 2011,
    records: 47,
    basis: 'chosen',
    seedSays: '—',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.prosecutions',
    year: 2011,
    records: 26,
    basis: 'chosen',
    seedSays: '—',
    source: CONVICTIONS_2011,
  },
  {
    indicator: 'prosecution.officials_investigated',
    year: 2011,
    records: 4,
    basis: 'chosen',
    seedSays: 'Puebla: 4 ("continued investigating")',
    source: OFFICIALS,
  },
  // Protection, 2012
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    records: 181,
    persons: 170,
    basis: 'chosen',
    seedSays: 'no comprehensive statistics',
    source: NO_TOTAL,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    cell: at('agency', 'CONSUL-HOU'),
    records: 58,
    basis: 'seed',
    seedSays: '40 + 18',
    source: CONSULATES,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    cell: at('agency', 'INM'),
    records: 21,
    basis: 'seed',
    seedSays: '21',
    source: INM,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    cell: at('agency', 'FEVIMTRA'),
    records: 72,
    basis: 'chosen',
    seedSays: '— (one survivor per investigation)',
    source: FEVIMTRA,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    cell: at('form_mexican_law', 'forced_labour'),
    records: 37,
    persons: 36,
    basis: 'chosen',
    seedSays: 'consulates 18 (+ INM and FEVIMTRA: —)',
    source: CONSULATES,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2012,
    cell: at('form_mexican_law', 'sexual_exploitation'),
    records: 144,
    persons: 134,
    basis: 'chosen',
    seedSays: 'consulates 40 (+ others: —)',
    source: CONSULATES,
  },
  {
    indicator: 'protection.foreign_survivors',
    year: 2012,
    records: 26,
    persons: 21,
    basis: 'seed',
    seedSays: '21 (INM)',
    source: INM,
  },
  {
    indicator: 'protection.foreign_survivors',
    year: 2012,
    cell: at('agency', 'INM'),
    records: 21,
    basis: 'seed',
    seedSays: '21',
    source: INM,
  },
  {
    indicator: 'protection.foreign_survivors',
    year: 2012,
    cell: at('nationality', 'GT'),
    records: 12,
    persons: 9,
    basis: 'chosen',
    seedSays: '"particularly Guatemala"',
    source: NATIONALITIES,
  },
  {
    indicator: 'protection.foreign_survivors',
    year: 2012,
    cell: at('nationality', 'HN'),
    records: 7,
    persons: 6,
    basis: 'chosen',
    seedSays: '"Honduras"',
    source: NATIONALITIES,
  },
  {
    indicator: 'protection.foreign_survivors',
    year: 2012,
    cell: at('nationality', 'SV'),
    records: 4,
    persons: 3,
    basis: 'chosen',
    seedSays: '"El Salvador"',
    source: NATIONALITIES,
  },
  {
    indicator: 'protection.immigration_relief',
    year: 2012,
    records: 20,
    basis: 'seed',
    seedSays: '20 eligible',
    source: INM_RELIEF,
  },
  {
    indicator: 'protection.repatriations',
    year: 2012,
    records: 1,
    basis: 'seed',
    seedSays: '1',
    source: INM_RELIEF,
  },
  {
    indicator: 'protection.survivors_assisted',
    year: 2012,
    records: 101,
    persons: 97,
    basis: 'derived',
    seedSays: '63 + 58, overlap unknown',
    source: VICTIM_UNIT,
  },
  {
    indicator: 'protection.survivors_assisted',
    year: 2012,
    cell: at('agency', 'UAV-PGR'),
    records: 63,
    basis: 'seed_at_least',
    seedSays: 'at least 63',
    source: VICTIM_UNIT,
  },
  {
    indicator: 'protection.survivors_assisted',
    year: 2012,
    cell: at('agency', 'FEVIMTRA'),
    records: 58,
    basis: 'seed',
    seedSays: '58',
    source: VICTIM_UNIT,
  },
  {
    indicator: 'protection.shelter_use',
    year: 2012,
    records: 58,
    basis: 'chosen',
    seedSays: '95 individuals, unclear how many trafficking victims',
    source: SHELTER,
  },
  {
    indicator: 'protection.referrals_made',
    year: 2012,
    records: 121,
    basis: 'derived',
    seedSays: '"ad hoc and uneven"',
    source: VICTIM_UNIT,
  },
  {
    indicator: 'protection.referrals_accepted',
    year: 2012,
    records: 121,
    basis: 'derived',
    seedSays: '—',
    source: VICTIM_UNIT,
  },
  {
    indicator: 'protection.unmet_needs',
    year: 2012,
    records: 18,
    basis: 'chosen',
    seedSays: '"inadequate" for forced labor and male victims',
    source: UNMET,
  },
  {
    indicator: 'protection.survivors_identified',
    year: 2011,
    records: 147,
    basis: 'chosen',
    seedSays: '—',
    source: NO_TOTAL,
  },
  // Prevention
  {
    indicator: 'prevention.activities',
    year: 2012,
    records: 12,
    basis: 'chosen',
    seedSays: '"sustained"',
    source: PREVENTION,
  },
  {
    indicator: 'prevention.awareness_campaigns',
    year: 2012,
    records: 1,
    basis: 'chosen',
    seedSays: 'materials in 10 indigenous languages',
    source: 'Authorities distributed trafficking awareness materials in 10 indigenous languages.',
  },
  {
    indicator: 'prevention.awareness_campaigns',
    year: 2012,
    cell: at('language', 'nahuatl'),
    records: 1,
    basis: 'seed',
    seedSays: 'one of 10 indigenous languages',
    source: 'Authorities distributed trafficking awareness materials in 10 indigenous languages.',
  },
  {
    indicator: 'prevention.trainings',
    year: 2012,
    records: 6,
    basis: 'chosen',
    seedSays: '"varied training efforts"',
    source: 'the government maintained varied training efforts at the national and local level',
  },
  {
    indicator: 'prevention.tourism_trainings',
    year: 2012,
    records: 3,
    basis: 'chosen',
    seedSays: '"training tourist sector representatives"',
    source:
      'Authorities raised awareness of child sex tourism and reported training tourist sector representatives on this issue.',
  },
  {
    indicator: 'prevention.activities',
    year: 2012,
    cell: at('activity_type', 'other'),
    records: 2,
    basis: 'seed',
    seedSays: 'the commission met twice',
    source:
      "an interagency commission that coordinated the federal government's efforts on trafficking met twice during the year",
  },
  {
    indicator: 'prevention.people_reached',
    year: 2012,
    records: 250_735,
    basis: 'chosen',
    seedSays: '—',
    source: PREVENTION,
  },
  {
    indicator: 'prevention.activities',
    year: 2011,
    records: 3,
    basis: 'chosen',
    seedSays: '—',
    source: PREVENTION,
  },
];

/** Languages of the 2012 campaign besides Spanish: the seed's "10 indigenous languages". */
export const INDIGENOUS_LANGUAGES_2012 = 10;
