/** How carefully an agency records people: the chance of each alteration in one of its records. */
export type AgencyProfile = {
  name: string;
  /** Relative chance that a Mexican, or a Central American, person appears at this agency. */
  mexicans: number;
  centralAmericans: number;
  upperCase: number;
  noAccents: number;
  mojibake: number;
  given: {
    nickname: number;
    dropCompound: number;
    abbreviate: number;
    phonetic: number;
    typo: number;
    missing: number;
  };
  surnames: {
    swap: number;
    dropMaternal: number;
    joined: number;
    dropParticle: number;
    phonetic: number;
    typo: number;
    givenSwap: number;
  };
  birth: {
    missing: number;
    yearOnly: number;
    yearMonth: number;
    swap: number;
    typo: number;
    offByOne: number;
  };
  sexMissing: number;
  curp: number;
  curpTypo: number;
  phone: number;
  phoneTypo: number;
  nationalityMissing: number;
};

const careful = {
  nickname: 0.01,
  dropCompound: 0.05,
  abbreviate: 0.03,
  phonetic: 0.02,
  typo: 0.02,
  missing: 0,
};
const careless = {
  nickname: 0.15,
  dropCompound: 0.2,
  abbreviate: 0.08,
  phonetic: 0.1,
  typo: 0.06,
  missing: 0.03,
};

export const AGENCIES: AgencyProfile[] = [
  {
    name: 'fevimtra',
    mexicans: 5,
    centralAmericans: 3,
    upperCase: 0.1,
    noAccents: 0.2,
    mojibake: 0,
    given: careful,
    surnames: {
      swap: 0.01,
      dropMaternal: 0.05,
      joined: 0.02,
      dropParticle: 0.2,
      phonetic: 0.02,
      typo: 0.02,
      givenSwap: 0.005,
    },
    birth: { missing: 0.03, yearOnly: 0.02, yearMonth: 0.01, swap: 0.01, typo: 0.02, offByOne: 0.01 },
    sexMissing: 0.02,
    curp: 0.7,
    curpTypo: 0.02,
    phone: 0.4,
    phoneTypo: 0.02,
    nationalityMissing: 0.05,
  },
  {
    name: 'ceav',
    mexicans: 4,
    centralAmericans: 1,
    upperCase: 0.3,
    noAccents: 0.4,
    mojibake: 0.02,
    given: careful,
    surnames: {
      swap: 0.02,
      dropMaternal: 0.08,
      joined: 0.05,
      dropParticle: 0.3,
      phonetic: 0.03,
      typo: 0.03,
      givenSwap: 0.01,
    },
    birth: { missing: 0.05, yearOnly: 0.03, yearMonth: 0.02, swap: 0.02, typo: 0.03, offByOne: 0.02 },
    sexMissing: 0.05,
    curp: 0.5,
    curpTypo: 0.03,
    phone: 0.6,
    phoneTypo: 0.03,
    nationalityMissing: 0.1,
  },
  {
    name: 'inm',
    mexicans: 0.3,
    centralAmericans: 6,
    upperCase: 0.9,
    noAccents: 0.9,
    mojibake: 0,
    given: { ...careful, dropCompound: 0.02 },
    surnames: {
      swap: 0.03,
      dropMaternal: 0.05,
      joined: 0.1,
      dropParticle: 0.1,
      phonetic: 0.03,
      typo: 0.03,
      givenSwap: 0.01,
    },
    birth: { missing: 0.01, yearOnly: 0.01, yearMonth: 0, swap: 0.05, typo: 0.02, offByOne: 0.01 },
    sexMissing: 0.01,
    curp: 0,
    curpTypo: 0,
    phone: 0.2,
    phoneTypo: 0.02,
    nationalityMissing: 0.01,
  },
  {
    name: 'consulado',
    mexicans: 0,
    centralAmericans: 4,
    upperCase: 0.5,
    noAccents: 0.5,
    mojibake: 0.03,
    given: { ...careless, nickname: 0.05 },
    surnames: {
      swap: 0.05,
      dropMaternal: 0.15,
      joined: 0.4,
      dropParticle: 0.2,
      phonetic: 0.06,
      typo: 0.04,
      givenSwap: 0.02,
    },
    birth: { missing: 0.05, yearOnly: 0.1, yearMonth: 0.2, swap: 0.05, typo: 0.03, offByOne: 0.03 },
    sexMissing: 0.1,
    curp: 0,
    curpTypo: 0,
    phone: 0.5,
    phoneTypo: 0.04,
    nationalityMissing: 0.02,
  },
  {
    name: 'refugio',
    mexicans: 3,
    centralAmericans: 2,
    upperCase: 0.2,
    noAccents: 0.5,
    mojibake: 0.02,
    given: careless,
    surnames: {
      swap: 0.05,
      dropMaternal: 0.3,
      joined: 0.1,
      dropParticle: 0.3,
      phonetic: 0.1,
      typo: 0.06,
      givenSwap: 0.02,
    },
    birth: { missing: 0.15, yearOnly: 0.3, yearMonth: 0.1, swap: 0.03, typo: 0.04, offByOne: 0.05 },
    sexMissing: 0.1,
    curp: 0.1,
    curpTypo: 0.05,
    phone: 0.7,
    phoneTypo: 0.05,
    nationalityMissing: 0.2,
  },
  {
    name: 'fiscalia_estatal',
    mexicans: 4,
    centralAmericans: 1,
    upperCase: 0.8,
    noAccents: 0.6,
    mojibake: 0.05,
    given: { ...careful, abbreviate: 0.2, typo: 0.04 },
    surnames: {
      swap: 0.02,
      dropMaternal: 0.05,
      joined: 0.05,
      dropParticle: 0.4,
      phonetic: 0.04,
      typo: 0.05,
      givenSwap: 0.01,
    },
    birth: { missing: 0.05, yearOnly: 0.05, yearMonth: 0.03, swap: 0.03, typo: 0.04, offByOne: 0.02 },
    sexMissing: 0.05,
    curp: 0.4,
    curpTypo: 0.04,
    phone: 0.3,
    phoneTypo: 0.03,
    nationalityMissing: 0.1,
  },
];
