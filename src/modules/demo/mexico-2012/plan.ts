import type { StateCode } from '../../catalog/states.ts';
import type { ExploitationForm } from '../../exploitation/forms.ts';

/**
 * The mexico-2012 data set as data: every group of cases, referral batch and prevention activity the
 * generator (bundles.ts) turns into records, each with the sentence of the seed (the 2013 TIP report's
 * chapter on Mexico) it stands for, or `chosen:` where the seed gives no number and the value is ours.
 * targets.ts lists the figures these records must produce; docs/report-2012.md puts both side by side.
 */

type Sentence = readonly [years: number, months: number];

export type CaseGroup = {
  /** Prefix of the external ids of the group's records. */
  key: string;
  agency: string;
  source: string;
  cases: number;
  /** Cycled over the cases. */
  states: readonly StateCode[];
  /** The first case's opening day; the others follow at even steps within the next eight months. */
  firstOpenedOn: string;
  survivorsPerCase: number;
  survivor: {
    form: ExploitationForm;
    /** ISIC section where the exploitation happened. */
    sector?: string;
    sex: 'female' | 'male';
    minor?: boolean;
    /** Cycled over the group's survivors; Mexican when omitted. */
    nationalities?: readonly string[];
    needs?: readonly 'shelter'[];
  };
  /** The group's survivors are the same people as another group's, from that group's `from`-th on. */
  samePeopleAs?: { group: string; from: number };
  suspectsPerCase: number;
  /** Every suspect of the group is a public official of this institution. */
  officials?: string;
  /** A legal proceeding opened a week after each case; the first `prosecuted` cases reach a charge. */
  legal?: { prosecuted: number };
  /** Verdicts on the charges of the first suspects, in order, decided from `from` on. */
  verdicts?: {
    outcome: 'conviction' | 'acquittal';
    from: string;
    sentences?: readonly Sentence[];
    count: number;
  };
  /** Bilateral investigations with the United States in the first `cases` cases. */
  bilateral?: number;
  /** Granted extraditions to the United States: `perCase` suspects of each of the first `cases` cases. */
  extraditions?: { cases: number; perCase: number };
  /** Immigration relief granted to the first `relief` survivors, then repatriation of the next ones. */
  protection?: { relief: number; repatriations: number };
};

const INM_21 =
  'the National Institute for Migration (INM) reported identifying 21 foreign trafficking victims in Mexico';
const INM_RELIEF =
  'INM reported that 20 of the 21 foreign victims it identified in 2012 were eligible for legal residency in Mexico; authorities reported repatriating voluntarily the other victim';
const CONSULATES =
  'Mexican consulates in the United States reported identifying 40 sex trafficking victims and 18 forced labor victims in 2012';
const FEVIMTRA_72 = 'In 2012, FEVIMTRA initiated 72 trafficking investigations';
const UEITMPO =
  'In 2012, UEITMPO conducted 24 trafficking investigations and initiated three prosecutions but did not convict any trafficking offenders.';
const BILATERAL =
  'The Mexican federal government partnered with the U.S. government on 16 bilateral trafficking investigations in 2012, resulting in four extraditions to the United States in two separate cases.';
const FEDERAL_DISTRICT =
  "The attorney general's office in the federal district reported convicting at least nine sex trafficking and four labor trafficking offenders, whose sentences ranged from 10 years' and seven months' to 52 years' imprisonment.";
const STATES_2012 =
  'authorities in Puebla reported two convictions, Tlaxcala reported four, Sonora reported two, and authorities in Chiapas convicted at least two trafficking offenders.';
const CONVICTIONS_2011 =
  'in 2011 Mexican authorities convicted at least 14 sex trafficking offenders, but reported no forced labor convictions';

const CHOSEN_2011_VICTIMS = 'chosen: the seed gives no 2011 victim figures';

const GULF_AND_SOUTH: readonly StateCode[] = ['CHP', 'CHP', 'TAB', 'VER', 'OAX'];

/** Groups that others name in `samePeopleAs` come first. */
export const CASE_GROUPS: readonly CaseGroup[] = [
  // Migration: 21 foreign victims (nationalities chosen after "particularly Guatemala, Honduras, and El
  // Salvador" and "victims from the Caribbean … have also been identified").
  {
    key: 'inm-gt-child',
    agency: 'INM',
    source: `${INM_21}; "subjecting a Guatemalan child to domestic servitude" (Chihuahua)`,
    cases: 1,
    states: ['CHH'],
    firstOpenedOn: '2012-03-01',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'T', sex: 'female', minor: true, nationalities: ['GT'] },
    suspectsPerCase: 0,
    protection: { relief: 1, repatriations: 0 },
  },
  {
    key: 'inm-sex',
    agency: 'INM',
    source: INM_21,
    cases: 4,
    states: ['CHP'],
    firstOpenedOn: '2012-02-06',
    survivorsPerCase: 1,
    survivor: {
      form: 'sexual_exploitation',
      sector: 'I',
      sex: 'female',
      nationalities: ['GT', 'HN', 'GT', 'SV'],
    },
    suspectsPerCase: 0,
    protection: { relief: 4, repatriations: 0 },
  },
  {
    key: 'inm-others',
    agency: 'INM',
    source: `${INM_21}; ${INM_RELIEF}`,
    cases: 16,
    states: GULF_AND_SOUTH,
    firstOpenedOn: '2012-01-16',
    survivorsPerCase: 1,
    survivor: {
      form: 'forced_labour',
      sector: 'A',
      sex: 'male',
      nationalities: [
        'GT',
        'HN',
        'GT',
        'SV',
        'HN',
        'GT',
        'NI',
        'HN',
        'GT',
        'CU',
        'HN',
        'GT',
        'SV',
        'GT',
        'CO',
        'HN',
      ],
    },
    suspectsPerCase: 0,
    protection: { relief: 15, repatriations: 1 },
  },
  // Consulates: their Mexican victims, each case in the victim's home state (chosen).
  {
    key: 'consul-sex',
    agency: 'CONSUL-HOU',
    source: CONSULATES,
    cases: 40,
    states: ['TLA', 'PUE', 'VER', 'OAX', 'GRO', 'MEX'],
    firstOpenedOn: '2012-01-09',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 0,
  },
  {
    key: 'consul-labour',
    agency: 'CONSUL-HOU',
    source: `${CONSULATES}; "services for forced labor victims and male victims were inadequate" (their need of shelter is left unmet)`,
    cases: 18,
    states: ['OAX', 'GRO', 'MIC', 'GUA', 'PUE', 'VER'],
    firstOpenedOn: '2012-01-23',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'A', sex: 'male', needs: ['shelter'] },
    suspectsPerCase: 0,
  },
  // FEVIMTRA: 1 + 1 + 4 + 66 = 72 investigations; 1 + 1 + 6 = 8 prosecutions (chosen: the seed says "it
  // was unclear how many prosecutions it initiated"); 4 + 6 = 10 of the 16 bilateral investigations (chosen).
  {
    key: 'fev-child-labour',
    agency: 'FEVIMTRA',
    source: `${FEVIMTRA_72}; "prosecutors reported convicting two trafficking offenders who were sentenced to nine years' imprisonment for forced child labor"`,
    cases: 1,
    states: ['MEX'],
    firstOpenedOn: '2012-01-12',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'G', sex: 'female', minor: true },
    suspectsPerCase: 2,
    legal: { prosecuted: 1 },
    verdicts: {
      outcome: 'conviction',
      from: '2012-10-15',
      count: 2,
      sentences: [
        [9, 0],
        [9, 0],
      ],
    },
  },
  {
    key: 'fev-chihuahua-official',
    agency: 'FEVIMTRA',
    source: `${FEVIMTRA_72}; "An employee of the attorney general's office in Chihuahua state was charged with forced labor for allegedly subjecting a Guatemalan child to domestic servitude"`,
    cases: 1,
    states: ['CHH'],
    firstOpenedOn: '2012-03-05',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'T', sex: 'female', minor: true, nationalities: ['GT'] },
    samePeopleAs: { group: 'inm-gt-child', from: 0 },
    suspectsPerCase: 1,
    officials: 'Fiscalía General del Estado de Chihuahua',
    legal: { prosecuted: 1 },
  },
  {
    key: 'fev-transnational',
    agency: 'FEVIMTRA',
    source: `${FEVIMTRA_72}; ${BILATERAL} (victims INM also identified: "state governments investigate and prosecute only domestic, not transnational, trafficking cases")`,
    cases: 4,
    states: ['CMX', 'PUE', 'CMX', 'MEX'],
    firstOpenedOn: '2012-02-20',
    survivorsPerCase: 1,
    survivor: {
      form: 'sexual_exploitation',
      sector: 'I',
      sex: 'female',
      nationalities: ['GT', 'HN', 'GT', 'SV'],
    },
    samePeopleAs: { group: 'inm-sex', from: 0 },
    suspectsPerCase: 1,
    legal: { prosecuted: 0 },
    bilateral: 4,
  },
  {
    key: 'fev-sex',
    agency: 'FEVIMTRA',
    source: `${FEVIMTRA_72}; ${BILATERAL}`,
    cases: 66,
    states: ['CMX', 'MEX', 'PUE', 'VER', 'CHP', 'JAL', 'BCN', 'ROO', 'GRO', 'OAX', 'TLA'],
    firstOpenedOn: '2012-01-10',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 1,
    legal: { prosecuted: 6 },
    bilateral: 6,
  },
  // UEITMPO: organised crime, three or more suspects per case.
  {
    key: 'ueitmpo',
    agency: 'UEITMPO',
    source: `${UEITMPO} ${BILATERAL}`,
    cases: 24,
    states: ['CHP', 'BCN', 'CMX', 'CHH', 'TAM', 'VER'],
    firstOpenedOn: '2012-01-10',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 3,
    legal: { prosecuted: 3 },
    bilateral: 6,
    extraditions: { cases: 2, perCase: 2 },
  },
  // State prosecutors: the 2012 convictions, in cases opened in 2011 (chosen: trials take a year).
  {
    key: 'cmx-sex-2012',
    agency: 'FGE-CMX',
    source: FEDERAL_DISTRICT,
    cases: 9,
    states: ['CMX'],
    firstOpenedOn: '2011-01-17',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 1,
    legal: { prosecuted: 9 },
    verdicts: {
      outcome: 'conviction',
      from: '2012-02-06',
      count: 9,
      sentences: [
        [10, 7],
        [12, 0],
        [15, 0],
        [18, 6],
        [20, 0],
        [25, 0],
        [30, 0],
        [40, 0],
        [52, 0],
      ],
    },
  },
  {
    key: 'cmx-labour-2012',
    agency: 'FGE-CMX',
    source: FEDERAL_DISTRICT,
    cases: 4,
    states: ['CMX'],
    firstOpenedOn: '2011-02-14',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'C', sex: 'male' },
    suspectsPerCase: 1,
    legal: { prosecuted: 4 },
    verdicts: {
      outcome: 'conviction',
      from: '2012-03-05',
      count: 4,
      sentences: [
        [11, 0],
        [13, 4],
        [16, 0],
        [21, 0],
      ],
    },
  },
  {
    key: 'cmx-acquitted-2012',
    agency: 'FGE-CMX',
    source:
      'chosen: "many judges did not fully understand the dynamics of trafficking crimes … often leading to the acquittal of trafficking offenders" (no number)',
    cases: 3,
    states: ['CMX'],
    firstOpenedOn: '2011-03-07',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 1,
    legal: { prosecuted: 3 },
    verdicts: { outcome: 'acquittal', from: '2012-04-16', count: 3 },
  },
  ...stateConvictions('pue-2012', 'FGE-PUE', 'PUE', '2011-02-01', '2012-05-07', [
    [15, 0],
    [17, 6],
  ]),
  ...stateConvictions('tla-2012', 'FGE-TLA', 'TLA', '2011-01-24', '2012-03-12', [
    [12, 0],
    [14, 0],
    [20, 0],
    [25, 0],
  ]),
  ...stateConvictions('son-2012', 'FGE-SON', 'SON', '2011-04-04', '2012-06-04', [
    [10, 0],
    [13, 0],
  ]),
  ...stateConvictions('chp-2012', 'FGE-CHP', 'CHP', '2011-03-14', '2012-07-02', [
    [11, 0],
    [16, 0],
  ]),
  {
    key: 'tla-repatriated',
    agency: 'FGE-TLA',
    source: `chosen: six of the consulates' victims, back home, are recorded again by Tlaxcala's prosecutors (${CONSULATES})`,
    cases: 3,
    states: ['TLA'],
    firstOpenedOn: '2012-05-14',
    survivorsPerCase: 2,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    samePeopleAs: { group: 'consul-sex', from: 0 },
    suspectsPerCase: 1,
    legal: { prosecuted: 0 },
  },
  {
    key: 'pue-officials',
    agency: 'FGE-PUE',
    source:
      '"Puebla prosecutors continued investigating four officials for suspected trafficking crimes" (opened in 2011, chosen: "continued")',
    cases: 1,
    states: ['PUE'],
    firstOpenedOn: '2011-09-05',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 4,
    officials: 'Policía municipal',
    legal: { prosecuted: 0 },
  },
  // 2011 identifications (chosen: the seed gives none). Enough that 2012's victims do not rise by a
  // quarter or more, which the assessment reads as "significantly increasing" (the Watch List), since
  // the seed's Mexico stays at Tier 2.
  {
    key: 'consul-2011-sex',
    agency: 'CONSUL-HOU',
    source: `${CHOSEN_2011_VICTIMS}; ${CONSULATES}`,
    cases: 50,
    states: ['TLA', 'PUE', 'VER', 'OAX', 'GRO', 'MEX'],
    firstOpenedOn: '2011-01-10',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 0,
  },
  {
    key: 'consul-2011-labour',
    agency: 'CONSUL-HOU',
    source: `${CHOSEN_2011_VICTIMS}; ${CONSULATES}`,
    cases: 20,
    states: ['OAX', 'GRO', 'MIC', 'GUA'],
    firstOpenedOn: '2011-01-24',
    survivorsPerCase: 1,
    survivor: { form: 'forced_labour', sector: 'A', sex: 'male' },
    suspectsPerCase: 0,
  },
  {
    key: 'inm-2011',
    agency: 'INM',
    source: `${CHOSEN_2011_VICTIMS}; ${INM_21}`,
    cases: 30,
    states: GULF_AND_SOUTH,
    firstOpenedOn: '2011-01-17',
    survivorsPerCase: 1,
    survivor: {
      form: 'sexual_exploitation',
      sector: 'I',
      sex: 'female',
      nationalities: ['GT', 'HN', 'GT', 'SV', 'HN'],
    },
    suspectsPerCase: 0,
  },
  {
    key: 'fev-2011',
    agency: 'FEVIMTRA',
    source: `${CHOSEN_2011_VICTIMS}; ${FEVIMTRA_72}`,
    cases: 20,
    states: ['CMX', 'MEX', 'PUE', 'VER', 'CHP'],
    firstOpenedOn: '2011-01-11',
    survivorsPerCase: 1,
    survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
    suspectsPerCase: 1,
    legal: { prosecuted: 0 },
  },
  // 2011: 14 sex trafficking convictions; their split among states is chosen.
  ...stateConvictions('cmx-2011', 'FGE-CMX', 'CMX', '2010-01-18', '2011-02-07', [
    [8, 0],
    [10, 0],
    [12, 0],
    [15, 0],
    [18, 0],
    [30, 0],
  ]),
  ...stateConvictions('pue-2011', 'FGE-PUE', 'PUE', '2010-02-15', '2011-03-07', [
    [9, 0],
    [12, 0],
    [14, 0],
  ]),
  ...stateConvictions('tla-2011', 'FGE-TLA', 'TLA', '2010-03-01', '2011-04-04', [
    [10, 0],
    [11, 6],
    [15, 0],
  ]),
  ...stateConvictions('chp-2011', 'FGE-CHP', 'CHP', '2010-04-05', '2011-05-02', [
    [8, 6],
    [12, 0],
  ]),
];

/** One sex trafficking case per offender a state convicted, each sentence as listed. */
function stateConvictions(
  key: string,
  agency: string,
  state: StateCode,
  firstOpenedOn: string,
  decidedFrom: string,
  sentences: readonly Sentence[],
): CaseGroup[] {
  return [
    {
      key,
      agency,
      source: key.endsWith('2011') ? CONVICTIONS_2011 : STATES_2012,
      cases: sentences.length,
      states: [state],
      firstOpenedOn,
      survivorsPerCase: 1,
      survivor: { form: 'sexual_exploitation', sector: 'I', sex: 'female' },
      suspectsPerCase: 1,
      legal: { prosecuted: sentences.length },
      verdicts: { outcome: 'conviction', from: decidedFrom, count: sentences.length, sentences },
    },
  ];
}

const VICTIM_UNIT =
  'The Special Prosecutions Unit for Attention to Victims of Crime … reported assisting at least 63 possible trafficking victims in 2012';
const FEVIMTRA_58 = 'FEVIMTRA reported assisting 58 victims';

export type ReferralBatch = {
  group: string;
  /** The group's survivors [from, to), in order. */
  from: number;
  to: number;
  provider: string;
  service: 'legal' | 'shelter';
  source: string;
};

/**
 * Referrals sent and accepted in 2012: 40 + 19 + 4 = 63 survivors assisted by the victim attention
 * unit; 46 + 1 + 1 + 6 + 4 = 58 by FEVIMTRA (its shelter). Twenty of FEVIMTRA's own survivors went to
 * both (chosen); the four from INM are the same people as four FEVIMTRA referred to the unit.
 */
export const REFERRAL_BATCHES: readonly ReferralBatch[] = [
  { group: 'fev-sex', from: 0, to: 40, provider: 'UAV-PGR', service: 'legal', source: VICTIM_UNIT },
  { group: 'ueitmpo', from: 0, to: 19, provider: 'UAV-PGR', service: 'legal', source: VICTIM_UNIT },
  { group: 'fev-transnational', from: 0, to: 4, provider: 'UAV-PGR', service: 'legal', source: VICTIM_UNIT },
  { group: 'fev-sex', from: 20, to: 66, provider: 'FEVIMTRA', service: 'shelter', source: FEVIMTRA_58 },
  {
    group: 'fev-child-labour',
    from: 0,
    to: 1,
    provider: 'FEVIMTRA',
    service: 'shelter',
    source: FEVIMTRA_58,
  },
  {
    group: 'fev-chihuahua-official',
    from: 0,
    to: 1,
    provider: 'FEVIMTRA',
    service: 'shelter',
    source: FEVIMTRA_58,
  },
  { group: 'consul-sex', from: 0, to: 6, provider: 'FEVIMTRA', service: 'shelter', source: FEVIMTRA_58 },
  { group: 'inm-sex', from: 0, to: 4, provider: 'FEVIMTRA', service: 'shelter', source: FEVIMTRA_58 },
];

export type PlannedActivity = {
  agency: string;
  activityType: 'training' | 'awareness_campaign' | 'tourism_training' | 'other';
  heldOn: string;
  stateCode?: StateCode;
  audience:
    | 'prosecutors'
    | 'judges'
    | 'police'
    | 'migration_officers'
    | 'tourism_workers'
    | 'general_public'
    | 'other';
  languages: readonly string[];
  peopleReached: number;
  source: string;
};

const TEN_LANGUAGES = 'Authorities distributed trafficking awareness materials in 10 indigenous languages.';
const TRAINING_MODEL =
  'FEVIMTRA reported developing a unified training model on the new law for justice officials (sessions and attendance chosen)';
const TOURISM =
  'Authorities raised awareness of child sex tourism and reported training tourist sector representatives on this issue (Acapulco, Puerto Vallarta, Cancun; attendance chosen)';
const COMMISSION =
  "an interagency commission that coordinated the federal government's efforts on trafficking met twice during the year";
const CHOSEN_2011 = 'chosen: the seed gives no 2011 prevention figures';

/** Prevention activities of 2012 and, smaller, of 2011. People reached are chosen. */
export const PREVENTION_ACTIVITIES: readonly PlannedActivity[] = [
  {
    agency: 'CIT',
    activityType: 'awareness_campaign',
    heldOn: '2012-07-30',
    audience: 'general_public',
    languages: [
      'es',
      'nahuatl',
      'maya',
      'tseltal',
      'tsotsil',
      'mixteco',
      'zapoteco',
      'otomi',
      'totonaco',
      'chol',
      'mazateco',
    ],
    peopleReached: 250_000,
    source: TEN_LANGUAGES,
  },
  ...(
    [
      ['GRO', 120],
      ['JAL', 90],
      ['ROO', 150],
    ] as const
  ).map(
    ([stateCode, peopleReached]): PlannedActivity => ({
      agency: 'CIT',
      activityType: 'tourism_training',
      heldOn: '2012-09-10',
      stateCode,
      audience: 'tourism_workers',
      languages: ['es'],
      peopleReached,
      source: TOURISM,
    }),
  ),
  ...(
    [
      ['FEVIMTRA', 'CMX', 'prosecutors', 45],
      ['FEVIMTRA', 'CMX', 'judges', 30],
      ['FEVIMTRA', 'PUE', 'police', 60],
      ['FEVIMTRA', 'CHP', 'prosecutors', 40],
      ['INM', 'CHP', 'migration_officers', 80],
      ['INM', 'TAB', 'migration_officers', 50],
    ] as const
  ).map(
    ([agency, stateCode, audience, peopleReached]): PlannedActivity => ({
      agency,
      activityType: 'training',
      heldOn: '2012-08-20',
      stateCode,
      audience,
      languages: ['es'],
      peopleReached,
      source: agency === 'INM' ? 'increase training … for immigration officials (chosen)' : TRAINING_MODEL,
    }),
  ),
  ...['2012-03-28', '2012-10-24'].map(
    (heldOn): PlannedActivity => ({
      agency: 'CIT',
      activityType: 'other',
      heldOn,
      audience: 'other',
      languages: ['es'],
      peopleReached: 35,
      source: COMMISSION,
    }),
  ),
  {
    agency: 'CIT',
    activityType: 'awareness_campaign',
    heldOn: '2011-07-30',
    audience: 'general_public',
    languages: ['es'],
    peopleReached: 100_000,
    source: CHOSEN_2011,
  },
  {
    agency: 'FEVIMTRA',
    activityType: 'training',
    heldOn: '2011-06-13',
    stateCode: 'CMX',
    audience: 'prosecutors',
    languages: ['es'],
    peopleReached: 40,
    source: CHOSEN_2011,
  },
  {
    agency: 'INM',
    activityType: 'training',
    heldOn: '2011-09-19',
    stateCode: 'CHP',
    audience: 'migration_officers',
    languages: ['es'],
    peopleReached: 60,
    source: CHOSEN_2011,
  },
];
