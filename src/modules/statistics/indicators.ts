import type { BreakdownDimension, INDICATOR_UNITS, ReportSection } from '../../contracts/statistics.ts';

/** Where an indicator's numbers come from (see compute-annual-figures.ts). */
export type IndicatorSource = 'cells' | 'sentences' | 'jurisdiction' | 'prevention';

export type IndicatorDefinition = {
  code: string;
  section: ReportSection;
  unit: (typeof INDICATOR_UNITS)[number];
  dimensions: readonly BreakdownDimension[];
  source: IndicatorSource;
  /** The columns the indicator reads; a record missing one of the starred (*) ones is incomplete. */
  data: readonly string[];
  /** Counts survivors, so each survivor's consent for statistics decides how they enter it. */
  survivorConsent: boolean;
  /**
   * Counts survivors (or their needs) as people: records that record linkage placed in one person
   * cluster count once. Suspects are not linked, so prosecution figures count records of people.
   */
  countsPeople: boolean;
};

const FORMS_AUTHORITY_STATE: readonly BreakdownDimension[] = [
  'form_mexican_law',
  'form_palermo',
  'authority',
  'state',
];
const REFERRAL_DIMENSIONS: readonly BreakdownDimension[] = ['agency', 'state', 'service_type'];

const prosecution = (
  code: string,
  dimensions: readonly BreakdownDimension[],
  data: readonly string[],
): IndicatorDefinition => ({
  code: `prosecution.${code}`,
  section: 'prosecution',
  unit: 'count',
  dimensions,
  source: 'cells',
  data,
  survivorConsent: false,
  countsPeople: false,
});

/** Protection figures whose unit is a survivor (or a survivor's need), not a referral. */
const PEOPLE_COUNTED = new Set([
  'survivors_identified',
  'survivors_assisted',
  'foreign_survivors',
  'immigration_relief',
  'repatriations',
  'unmet_needs',
  'shelter_use',
]);

const protection = (
  code: string,
  dimensions: readonly BreakdownDimension[],
  data: readonly string[],
): IndicatorDefinition => ({
  code: `protection.${code}`,
  section: 'protection',
  unit: 'count',
  dimensions,
  source: 'cells',
  data,
  survivorConsent: true,
  countsPeople: PEOPLE_COUNTED.has(code),
});

const prevention = (code: string, dimensions: readonly BreakdownDimension[]): IndicatorDefinition => ({
  code: `prevention.${code}`,
  section: 'prevention',
  unit: 'count',
  dimensions,
  source: 'prevention',
  data: [
    'prevention_activities.activity_type',
    'prevention_activities.held_on',
    'prevention_activities.state_code',
    'prevention_activities.audience',
    'prevention_activities.languages',
    'prevention_activities.people_reached',
  ],
  survivorConsent: false,
  countsPeople: false,
});

/**
 * Every indicator of the annual report, defined once. Names and definitions are in the `common`
 * catalogs under `indicators.<code with _ for .>`; the SQL that counts the `cells` indicators is
 * enlace_statistics_cells (migration 0028), which uses the same codes.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  prosecution('investigations', FORMS_AUTHORITY_STATE, [
    'legal_proceedings.investigation_opened_on',
    'legal_proceedings.agency_id',
    'charges.form | exploitations.forms*',
    'cases.state_code*',
  ]),
  prosecution('prosecutions', FORMS_AUTHORITY_STATE, [
    'legal_proceedings.prosecution_initiated_on',
    'legal_proceedings.agency_id',
    'charges.form | exploitations.forms*',
    'cases.state_code*',
  ]),
  prosecution('convictions', FORMS_AUTHORITY_STATE, [
    'verdicts.outcome',
    'verdicts.decided_on',
    'charges.form',
    'charges.person_id',
    'legal_proceedings.agency_id',
    'cases.state_code*',
  ]),
  prosecution('acquittals', FORMS_AUTHORITY_STATE, [
    'verdicts.outcome',
    'verdicts.decided_on',
    'charges.form',
    'charges.person_id',
    'legal_proceedings.agency_id',
    'cases.state_code*',
  ]),
  {
    code: 'prosecution.sentence_length',
    section: 'prosecution',
    unit: 'years',
    dimensions: [],
    source: 'sentences',
    data: ['verdicts.outcome', 'verdicts.decided_on', 'verdicts.prison_years*', 'verdicts.prison_months*'],
    survivorConsent: false,
    countsPeople: false,
  },
  {
    code: 'prosecution.jurisdiction_decision_days',
    section: 'prosecution',
    unit: 'days',
    dimensions: [],
    source: 'jurisdiction',
    data: ['cases.created_at', 'jurisdiction_decisions.decided_at*', 'case_transfers'],
    survivorConsent: false,
    countsPeople: false,
  },
  prosecution(
    'bilateral_investigations',
    ['authority'],
    ['bilateral_investigations.started_on', 'bilateral_investigations.recorded_by_agency_id'],
  ),
  prosecution(
    'extraditions',
    ['authority'],
    ['extradition_requests.status', 'extradition_requests.decided_on'],
  ),
  prosecution(
    'officials_investigated',
    ['authority', 'state'],
    ['suspect_roles.public_official', 'legal_proceedings.investigation_opened_on', 'cases.state_code*'],
  ),
  prosecution(
    'officials_prosecuted',
    ['authority', 'state'],
    [
      'suspect_roles.public_official',
      'charges.person_id',
      'legal_proceedings.prosecution_initiated_on',
      'cases.state_code*',
    ],
  ),
  prosecution(
    'officials_convicted',
    ['form_mexican_law', 'form_palermo', 'authority', 'state'],
    ['suspect_roles.public_official', 'verdicts.outcome', 'verdicts.decided_on', 'cases.state_code*'],
  ),
  protection(
    'survivors_identified',
    ['agency', 'state', 'sex', 'nationality', 'form_mexican_law', 'form_palermo'],
    [
      'people.role',
      'cases.opened_on',
      'identification_decisions.status',
      'cases.state_code*',
      'people.sex*',
      'people.nationality*',
      'exploitations.forms',
    ],
  ),
  protection(
    'survivors_assisted',
    ['agency', 'state', 'service_type'],
    [
      'referrals.sent_at',
      'referrals.status',
      'referrals.provider_agency_id',
      'provider_services.service_type',
    ],
  ),
  protection(
    'foreign_survivors',
    ['agency', 'nationality'],
    ['people.role', 'cases.opened_on', 'people.nationality*'],
  ),
  protection(
    'immigration_relief',
    ['agency', 'nationality'],
    [
      'protection_measures.kind',
      'protection_measures.status',
      'protection_measures.resolved_on',
      'people.nationality*',
    ],
  ),
  protection(
    'repatriations',
    ['agency', 'nationality'],
    [
      'protection_measures.kind',
      'protection_measures.status',
      'protection_measures.resolved_on',
      'people.nationality*',
    ],
  ),
  protection('referrals_made', REFERRAL_DIMENSIONS, [
    'referrals.sent_at',
    'referrals.from_agency_id',
    'provider_services.service_type',
  ]),
  protection('referrals_accepted', REFERRAL_DIMENSIONS, [
    'referrals.sent_at',
    'referrals.status',
    'provider_services.service_type',
  ]),
  protection('referrals_overdue', REFERRAL_DIMENSIONS, [
    'referrals.sent_at',
    'referrals.escalated_at',
    'provider_services.service_type',
  ]),
  protection(
    'unmet_needs',
    ['agency', 'state', 'service_type'],
    [
      'people.needs',
      'cases.opened_on',
      'referrals.status',
      'provider_services.service_type',
      'cases.state_code*',
    ],
  ),
  protection(
    'shelter_use',
    ['agency', 'state'],
    ['referrals.sent_at', 'referrals.status', 'provider_services.service_type'],
  ),
  prevention('activities', ['activity_type', 'agency', 'state']),
  prevention('people_reached', ['activity_type', 'audience', 'state']),
  prevention('trainings', ['audience', 'state']),
  prevention('awareness_campaigns', ['language', 'state']),
  prevention('tourism_trainings', ['state']),
];

export const indicatorByCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

/** The catalog key of an indicator's name and definition (catalog keys hold no dots). */
export const indicatorMessageKey = (code: string) => `indicators.${code.replace('.', '_')}`;
