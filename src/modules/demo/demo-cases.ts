import type { AddPersonRequest } from '../cases/people-contract.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ScreeningFacts } from '../screening/contract.ts';

/**
 * Synthetic cases modelled on the situations the 2013 report describes (no real person): the names are
 * common Mexican and Central American name combinations, the phone numbers fictitious. The same
 * survivor appears in two agencies' records with different spellings, as record linkage will meet them.
 */
export type DemoCase = {
  account: string;
  stateCode: StateCode;
  municipality: string;
  openedOn: string;
  people: AddPersonRequest[];
  screening?: ScreeningFacts;
  shareWith?: { agency: string; reason: string };
  /**
   * The case's other records as bundle lines (docs/formats/enlace-bundle.md) without `case`: people are
   * named `p0`, `p1`… in the order of `people`, and records by their `id` in this list.
   */
  records?: Record<string, unknown>[];
};

const survivor = (
  person: Partial<AddPersonRequest> & Pick<AddPersonRequest, 'identity'>,
): AddPersonRequest => ({
  role: 'survivor',
  publicOfficial: false,
  needs: ['shelter', 'psychological', 'legal'],
  disabilities: [],
  documents: [],
  contacts: [],
  ...person,
});

const suspect = (person: Partial<AddPersonRequest> = {}): AddPersonRequest => ({
  role: 'suspect',
  publicOfficial: false,
  needs: [],
  disabilities: [],
  documents: [],
  contacts: [],
  ...person,
});

const DECEIVED_ADULT: ScreeningFacts = {
  age: 24,
  acts: ['recruitment', 'transportation'],
  means: ['deception', 'abuse_of_vulnerability'],
  purposes: ['sexual_exploitation'],
  indicators: [],
};

const CHILD_LOOKOUT: ScreeningFacts = {
  age: 15,
  acts: ['recruitment', 'harbouring'],
  means: [],
  purposes: ['forced_criminality'],
  indicators: [],
};

const SMUGGLED_THEN_HELD: ScreeningFacts = {
  age: 31,
  acts: ['transportation', 'harbouring'],
  means: ['coercion'],
  purposes: ['forced_labour'],
  indicators: [],
  smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: false },
};

export const DEMO_CASES: DemoCase[] = [
  {
    account: 'demo.fiscal',
    stateCode: 'CMX',
    municipality: 'Cuauhtémoc',
    openedOn: '2026-02-11',
    screening: DECEIVED_ADULT,
    shareWith: { agency: 'OSC-REFUGIO', reason: 'Canalización a refugio especializado para mujeres' },
    records: [
      {
        type: 'exploitation',
        id: 'e0',
        person: 'p0',
        forms: ['sexual_exploitation'],
        sector: 'I',
        recruitment: { countryCode: 'MX', stateCode: 'GRO', date: '2025-09' },
        exploitation: { countryCode: 'MX', stateCode: 'CMX', date: '2025-11', endDate: '2026-02' },
        methodsOfControl: ['debt_bondage', 'withholds_documents', 'psychological_abuse'],
        recruitmentMethods: ['online_social_networks', 'romantic_relationship'],
        relationship: 'intimate_partner',
        routeCountries: ['MX'],
      },
      {
        type: 'suspectRole',
        id: 'r1',
        person: 'p1',
        processRoles: ['recruiter', 'exploiter'],
        publicOfficial: false,
        organisedCrime: true,
      },
      {
        type: 'suspectRole',
        id: 'r2',
        person: 'p2',
        processRoles: ['transporter'],
        publicOfficial: true,
        organisedCrime: false,
      },
      {
        type: 'legalProceeding',
        id: 'proc',
        investigationOpenedOn: '2026-02-12',
        prosecutionInitiatedOn: '2026-05-20',
      },
      {
        type: 'charge',
        id: 'c1',
        proceeding: 'proc',
        person: 'p1',
        lawArticle: '13',
        form: 'sexual_exploitation',
        chargedOn: '2026-05-20',
      },
      {
        type: 'charge',
        id: 'c2',
        proceeding: 'proc',
        person: 'p2',
        lawArticle: '10',
        form: 'sexual_exploitation',
        chargedOn: '2026-05-20',
      },
      {
        type: 'verdict',
        id: 'v1',
        charge: 'c1',
        outcome: 'conviction',
        decidedOn: '2026-10-15',
        prisonYears: 22,
        prisonMonths: 6,
        fineMxn: 250000,
      },
      { type: 'verdict', id: 'v2', charge: 'c2', outcome: 'acquittal', decidedOn: '2026-10-15' },
      { type: 'appeal', id: 'a1', verdict: 'v1', appellant: 'defence', filedOn: '2026-10-28' },
      {
        type: 'protectionMeasure',
        id: 'm1',
        person: 'p0',
        kind: 'witness_protection',
        witnessMeasure: 'identity_reserved',
        status: 'granted',
        requestedOn: '2026-02-20',
        resolvedOn: '2026-02-25',
      },
      {
        type: 'protectionMeasure',
        id: 'm2',
        person: 'p0',
        kind: 'compensation',
        status: 'ordered',
        requestedOn: '2026-10-15',
        amountOrderedMxn: 180000,
      },
      {
        type: 'testimonyDecision',
        id: 't0',
        person: 'p0',
        decision: 'will_testify',
        voluntary: true,
        decidedOn: '2026-02-20',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services', 'investigation', 'statistics'],
        recipientAgencyTypes: ['shelter'],
        recipientAgencyCodes: ['OSC-REFUGIO'],
        givenOn: '2026-02-11',
      },
    ],
    people: [
      survivor({
        sex: 'female',
        birthYear: 2001,
        nationality: 'MX',
        identity: {
          givenNames: 'María Guadalupe',
          firstSurname: 'Hernández',
          secondSurname: 'López',
          birthDate: '2001-04-17',
          curp: 'HELG010417MGRRPDA1',
        },
        contacts: [{ phone: '+52 55 5000 0101' }],
      }),
      suspect({ sex: 'male', birthYear: 1984, nationality: 'MX' }),
      suspect({
        sex: 'male',
        birthYear: 1990,
        nationality: 'MX',
        publicOfficial: true,
        officialAgencyCode: 'INM',
      }),
    ],
  },
  {
    account: 'demo.fiscal',
    stateCode: 'PUE',
    municipality: 'Tehuacán',
    openedOn: '2026-03-02',
    records: [
      {
        type: 'exploitation',
        id: 'e0',
        person: 'p0',
        forms: ['forced_labour', 'labour_exploitation'],
        sector: 'A',
        recruitment: { countryCode: 'GT', date: '2025-12' },
        exploitation: { countryCode: 'MX', stateCode: 'PUE', date: '2026-01', endDate: '2026-03' },
        methodsOfControl: ['withholds_documents', 'excessive_working_hours', 'restricts_movement'],
        recruitmentMethods: ['labour_recruiter'],
        relationship: 'stranger',
        routeCountries: ['GT', 'MX'],
      },
      {
        type: 'suspectRole',
        id: 'r1',
        person: 'p1',
        processRoles: ['harboured_victim', 'exploiter'],
        publicOfficial: false,
        organisedCrime: false,
      },
      { type: 'legalProceeding', id: 'proc', investigationOpenedOn: '2026-03-03' },
      {
        type: 'bilateralInvestigation',
        id: 'b1',
        countryCode: 'GT',
        partnerAgency: 'Ministerio Público de Guatemala',
        startedOn: '2026-04-01',
      },
      {
        type: 'extradition',
        id: 'x1',
        person: 'p1',
        direction: 'incoming',
        countryCode: 'GT',
        requestedOn: '2026-06-01',
      },
      {
        type: 'protectionMeasure',
        id: 'm1',
        person: 'p0',
        kind: 'immigration_relief',
        relief: 'humanitarian_visa',
        status: 'granted',
        requestedOn: '2026-03-05',
        resolvedOn: '2026-04-10',
      },
      {
        type: 'testimonyDecision',
        id: 't0',
        person: 'p0',
        decision: 'undecided',
        voluntary: true,
        decidedOn: '2026-03-10',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services', 'statistics'],
        recipientAgencyTypes: ['shelter', 'migration_institute'],
        givenOn: '2026-03-02',
      },
    ],
    people: [
      survivor({
        sex: 'female',
        birthYear: 2009,
        nationality: 'GT',
        needs: ['shelter', 'migration', 'interpretation'],
        identity: { givenNames: 'Rosa Elvira', firstSurname: 'Pérez', secondSurname: 'Xicay' },
      }),
      suspect({ sex: 'female', birthYear: 1979, nationality: 'MX' }),
    ],
  },
  {
    account: 'demo.policia',
    stateCode: 'PUE',
    municipality: 'Puebla',
    openedOn: '2026-01-20',
    screening: CHILD_LOOKOUT,
    records: [
      {
        type: 'exploitation',
        id: 'e0',
        person: 'p0',
        forms: ['forced_criminality'],
        methodsOfControl: ['physical_threats', 'threatens_children_family'],
        recruitmentMethods: ['friends'],
        relationship: 'acquaintance',
      },
      {
        type: 'suspectRole',
        id: 'r1',
        person: 'p1',
        processRoles: ['recruiter'],
        publicOfficial: false,
        organisedCrime: true,
      },
      {
        type: 'suspectRole',
        id: 'r2',
        person: 'p2',
        processRoles: ['controlled_victim'],
        publicOfficial: false,
        organisedCrime: true,
      },
      { type: 'legalProceeding', id: 'proc', investigationOpenedOn: '2026-01-21' },
      {
        type: 'protectionMeasure',
        id: 'm1',
        person: 'p0',
        kind: 'non_punishment',
        status: 'granted',
        requestedOn: '2026-01-22',
        resolvedOn: '2026-02-05',
      },
      {
        type: 'testimonyDecision',
        id: 't0',
        person: 'p0',
        decision: 'declines_to_testify',
        voluntary: true,
        decidedOn: '2026-01-25',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services'],
        recipientAgencyTypes: ['social_welfare', 'service_provider'],
        givenOn: '2026-01-20',
      },
    ],
    people: [
      survivor({
        sex: 'male',
        birthYear: 2011,
        nationality: 'MX',
        needs: ['psychological', 'social', 'legal'],
        identity: {
          givenNames: 'José Luis',
          firstSurname: 'Ramírez',
          secondSurname: 'Cruz',
          birthDate: '2011-09-03',
        },
      }),
      suspect({ sex: 'male', birthYear: 1988, nationality: 'MX' }),
      suspect({ sex: 'male', birthYear: 1992, nationality: 'MX' }),
      suspect({ sex: 'male', birthYear: 1995, nationality: 'MX' }),
    ],
  },
  {
    account: 'demo.policia',
    stateCode: 'PUE',
    municipality: 'San Martín Texmelucan',
    openedOn: '2026-04-08',
    people: [
      survivor({
        sex: 'female',
        birthYear: 2001,
        nationality: 'MX',
        needs: ['medical', 'legal'],
        identity: { givenNames: 'Ma. Guadalupe', firstSurname: 'Hernandez', birthDate: '2001-04-17' },
        contacts: [{ phone: '55 5000 0101' }],
      }),
    ],
  },
  {
    account: 'demo.migracion',
    stateCode: 'CHP',
    municipality: 'Tapachula',
    openedOn: '2026-02-27',
    screening: SMUGGLED_THEN_HELD,
    records: [
      { type: 'exploitation', id: 'e0', person: 'p0', forms: ['forced_labour'], sector: 'F' },
      { type: 'exploitation', id: 'e1', person: 'p1', forms: ['sexual_exploitation'], sector: 'I' },
      {
        type: 'protectionMeasure',
        id: 'm0',
        person: 'p0',
        kind: 'immigration_relief',
        relief: 'refugee_status',
        status: 'applied',
        requestedOn: '2026-03-01',
      },
      {
        type: 'protectionMeasure',
        id: 'm1',
        person: 'p1',
        kind: 'immigration_relief',
        relief: 'humanitarian_visa',
        status: 'granted',
        requestedOn: '2026-03-01',
        resolvedOn: '2026-04-15',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services', 'statistics'],
        recipientAgencyTypes: ['shelter', 'consulate'],
        givenOn: '2026-02-27',
      },
      {
        type: 'consent',
        id: 'k1',
        person: 'p1',
        scopes: ['services'],
        recipientAgencyTypes: ['shelter'],
        givenOn: '2026-02-27',
        revokedOn: '2026-05-02',
      },
    ],
    people: [
      survivor({
        sex: 'male',
        birthYear: 1995,
        nationality: 'HN',
        needs: ['shelter', 'migration', 'legal'],
        identity: { givenNames: 'Carlos Alberto', firstSurname: 'Mejía', secondSurname: 'Funes' },
      }),
      survivor({
        sex: 'female',
        birthYear: 2000,
        nationality: 'SV',
        needs: ['shelter', 'migration', 'medical'],
        identity: { givenNames: 'Karla Yesenia', firstSurname: 'Ramos' },
      }),
    ],
  },
  {
    account: 'demo.migracion',
    stateCode: 'CHP',
    municipality: 'Ciudad Hidalgo',
    openedOn: '2026-05-15',
    records: [
      { type: 'exploitation', id: 'e0', person: 'p0', forms: ['forced_begging'] },
      {
        type: 'protectionMeasure',
        id: 'm0',
        person: 'p0',
        kind: 'repatriation',
        status: 'completed',
        requestedOn: '2026-05-16',
        resolvedOn: '2026-06-30',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services', 'statistics'],
        recipientAgencyTypes: ['social_welfare', 'consulate'],
        givenOn: '2026-05-15',
      },
    ],
    people: [
      survivor({
        sex: 'female',
        birthYear: 2006,
        nationality: 'GT',
        needs: ['shelter', 'repatriation'],
        identity: { givenNames: 'Rosa Elvira', firstSurname: 'Perez', secondSurname: 'Xicay' },
      }),
    ],
  },
  {
    account: 'demo.consulado',
    stateCode: 'GRO',
    municipality: 'Acapulco de Juárez',
    openedOn: '2026-03-21',
    records: [
      { type: 'exploitation', id: 'e0', person: 'p0', forms: ['forced_labour'], sector: 'A' },
      {
        type: 'protectionMeasure',
        id: 'm0',
        person: 'p0',
        kind: 'repatriation',
        status: 'requested',
        requestedOn: '2026-03-22',
      },
      {
        type: 'consent',
        id: 'k0',
        person: 'p0',
        scopes: ['services'],
        recipientAgencyTypes: ['consulate'],
        givenOn: '2026-03-21',
      },
    ],
    people: [
      survivor({
        sex: 'male',
        birthYear: 1986,
        nationality: 'MX',
        needs: ['repatriation', 'reintegration', 'legal'],
        identity: {
          givenNames: 'Juan Carlos',
          firstSurname: 'Sánchez',
          secondSurname: 'Morales',
          birthDate: '1986-12-01',
        },
      }),
    ],
  },
];
