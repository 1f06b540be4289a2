/**
 * What the report assesses the country against (domain.md §10): the TVPA minimum standards
 * (22 U.S.C. 7106) and the 12 indicia of serious and sustained efforts, each with the indicators whose
 * figures are its evidence. Criteria without indicators (the law's stringency) rest on the reviewer alone.
 */
export const MINIMUM_STANDARDS = [
  'prohibits_and_punishes',
  'punishment_commensurate',
  'punishment_stringent',
  'serious_sustained_efforts',
] as const;

export const INDICIA = [
  'law_enforcement',
  'victim_protection',
  'prevention',
  'international_cooperation',
  'extradition',
  'migration_monitoring',
  'official_complicity',
  'foreign_victims',
  'partnerships',
  'self_monitoring',
  'appreciable_progress',
  'demand_reduction',
] as const;

export const CRITERIA = [...MINIMUM_STANDARDS, ...INDICIA] as const;
export type Criterion = (typeof CRITERIA)[number];
export type MinimumStandard = (typeof MINIMUM_STANDARDS)[number];

export const RATINGS = ['met', 'partly_met', 'not_met'] as const;
export type Rating = (typeof RATINGS)[number];

const ENFORCEMENT = [
  'prosecution.investigations',
  'prosecution.prosecutions',
  'prosecution.convictions',
  'prosecution.sentence_years',
];
const COMPLICITY = [
  'prosecution.complicity_investigations',
  'prosecution.complicity_prosecutions',
  'prosecution.complicity_convictions',
];

/** The indicators each criterion's evidence is drawn from; `self_monitoring` is judged on provenance. */
export const CRITERION_EVIDENCE: Record<Criterion, readonly string[]> = {
  prohibits_and_punishes: ['prosecution.convictions'],
  punishment_commensurate: ['prosecution.sentence_years'],
  punishment_stringent: ['prosecution.sentence_years'],
  serious_sustained_efforts: ['prosecution.convictions', 'protection.survivors_identified'],
  law_enforcement: ENFORCEMENT,
  victim_protection: [
    'protection.survivors_identified',
    'protection.referrals',
    'protection.immigration_relief',
  ],
  prevention: ['prevention.activities'],
  international_cooperation: ['prosecution.bilateral_investigations'],
  extradition: ['prosecution.extraditions'],
  migration_monitoring: ['protection.foreign_survivors', 'protection.repatriations'],
  official_complicity: COMPLICITY,
  foreign_victims: ['protection.foreign_survivors', 'protection.immigration_relief'],
  partnerships: ['protection.referrals'],
  self_monitoring: [],
  appreciable_progress: [...ENFORCEMENT.slice(0, 3), 'protection.survivors_identified'],
  demand_reduction: ['prevention.activities'],
};
