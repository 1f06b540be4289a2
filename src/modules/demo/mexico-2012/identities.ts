import { buildCurp } from '../synthetic/curp-builder.ts';
import {
  CENTRAL_AMERICAN_SURNAMES,
  FEMALE_GIVEN_NAMES,
  givenNameList,
  MALE_GIVEN_NAMES,
  MEXICAN_SURNAMES,
  surnameList,
} from '../synthetic/name-pools.ts';
import type { Random } from '../synthetic/random-tools.ts';

/** An invented survivor's identity as every agency that records them writes it (no spelling noise). */
export type SyntheticIdentity = {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  birthDate: string;
  birthYear: number;
  curp?: string;
};

const FEMALE = givenNameList(FEMALE_GIVEN_NAMES);
const MALE = givenNameList(MALE_GIVEN_NAMES);
const MEXICAN = surnameList(MEXICAN_SURNAMES);
const CENTRAL_AMERICAN = surnameList(CENTRAL_AMERICAN_SURNAMES);

/**
 * A synthetic es_MX identity: names from the demo's pools, born 1996–1998 for a child in 2012 and
 * 1975–1993 otherwise, with a CURP (valid check digit) for Mexicans.
 */
export function syntheticIdentity(
  random: Random,
  person: { sex: 'female' | 'male'; minor: boolean; nationality: string },
): SyntheticIdentity {
  const surnames = person.nationality === 'MX' ? MEXICAN : CENTRAL_AMERICAN;
  const given = random.pick(person.sex === 'female' ? FEMALE : MALE);
  const paternal = random.pick(surnames);
  const maternal = random.pick(surnames);
  const year = person.minor ? 1996 + random.int(3) : 1975 + random.int(19);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const curp =
    person.nationality === 'MX'
      ? buildCurp(
          {
            given,
            paternal,
            maternal,
            birth: { year, month, day },
            sex: person.sex === 'female' ? 'F' : 'M',
          },
          random,
        )
      : undefined;
  return {
    givenNames: given,
    firstSurname: paternal,
    secondSurname: maternal,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    birthYear: year,
    ...(curp && { curp }),
  };
}
