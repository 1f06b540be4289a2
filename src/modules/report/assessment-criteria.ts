import type { Criterion } from '../../contracts/annual-report.ts';

/**
 * What the report assesses the country against (domain.md §10): the TVPA minimum standards
 * (22 U.S.C. 7106) and the 12 indicia of serious and sustained efforts, each with the indicators whose
 * figures are its evidence. Criteria without indicators (the law's stringency) rest on the reviewer alone.
 */
const ENFORCEMENT = [
  'prosecution.investigations',
  'prosecution.prosecutions',
  'prosecution.convictions',
  'prosecution.sentence_length',
];
const COMPLICITY = [
  'prosecution.officials_investigated',
  'prosecution.officials_prosecuted',
  'prosecution.officials_convicted',
];

/** The indicators each criterion's evidence is drawn from; `self_monitoring` is judged on provenance. */
export const CRITERION_EVIDENCE: Record<Criterion, readonly string[]> = {
  prohibits_and_punishes: ['prosecution.convictions'],
  punishment_commensurate: ['prosecution.sentence_length'],
  punishment_stringent: ['prosecution.sentence_length'],
  serious_sustained_efforts: ['prosecution.convictions', 'protection.survivors_identified'],
  law_enforcement: ENFORCEMENT,
  victim_protection: [
    'protection.survivors_identified',
    'protection.referrals_made',
    'protection.immigration_relief',
  ],
  prevention: ['prevention.activities'],
  international_cooperation: ['prosecution.bilateral_investigations'],
  extradition: ['prosecution.extraditions'],
  migration_monitoring: ['protection.foreign_survivors', 'protection.repatriations'],
  official_complicity: COMPLICITY,
  foreign_victims: ['protection.foreign_survivors', 'protection.immigration_relief'],
  partnerships: ['protection.referrals_made'],
  self_monitoring: [],
  appreciable_progress: [...ENFORCEMENT.slice(0, 3), 'protection.survivors_identified'],
  demand_reduction: ['prevention.activities'],
};
