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
