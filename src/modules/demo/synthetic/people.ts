import { buildCurp } from './curp-builder.ts';
import {
  CENTRAL_AMERICAN_SURNAMES,
  FEMALE_GIVEN_NAMES,
  givenNameList,
  MALE_GIVEN_NAMES,
  MEXICAN_SURNAMES,
  surnameList,
} from './name-pools.ts';
import { type Random, weighted, zipfPicker } from './random-tools.ts';

export type Nationality = 'MEX' | 'GTM' | 'HND' | 'SLV' | 'NIC';

/** A synthetic person: the truth the agencies' records are noisy views of. */
export type Person = {
  id: number;
  sex: 'F' | 'M';
  given: string;
  paternal: string;
  maternal: string | null;
  birth: { year: number; month: number; day: number };
  nationality: Nationality;
  curp: string | null;
  /** National number without country code (10 digits in Mexico, 8 in Central America). */
  phone: string | null;
};

const mexicanSurname = zipfPicker(surnameList(MEXICAN_SURNAMES), 0.9);
const centralAmericanSurname = zipfPicker(surnameList(CENTRAL_AMERICAN_SURNAMES), 0.9);
const femaleName = zipfPicker(givenNameList(FEMALE_GIVEN_NAMES), 0.8);
const maleName = zipfPicker(givenNameList(MALE_GIVEN_NAMES), 0.8);
const nationality = weighted<Nationality>({ MEX: 70, GTM: 12, HND: 10, SLV: 6, NIC: 2 });
/** Age at registration: trafficking victims are mostly adolescents and young adults. */
const ageBand = weighted({ child: 8, adolescent: 25, young: 32, adult: 20, middle: 12, older: 3 });
const AGE_RANGES: Record<string, [number, number]> = {
  child: [3, 11],
  adolescent: [12, 17],
  young: [18, 25],
  adult: [26, 35],
  middle: [36, 50],
  older: [51, 70],
};
const MEXICAN_AREA_CODES = ['55', '33', '81', '222', '998', '664', '961', '951', '443', '229', '656', '624'];
const REFERENCE_YEAR = 2024;

/** How people are grouped: alone, siblings sharing both surnames, twins, or a namesake of someone else. */
const grouping = weighted({ alone: 84.5, siblings: 12, twins: 1.5, namesake: 2 });

export function generatePeople(count: number, random: Random): Person[] {
  const people: Person[] = [];
  const add = (person: Omit<Person, 'id' | 'curp'>) => {
    const curp = person.nationality === 'MEX' ? buildCurp(person, random) : null;
    people.push({ ...person, id: people.length, curp });
  };
  while (people.length < count) {
    const kind = grouping(random);
    const base = randomPerson(random);
    if (kind === 'alone' || (kind === 'namesake' && people.length === 0)) add(base);
    else if (kind === 'siblings') {
      add(base);
      for (let sibling = 1 + random.int(3); sibling > 0; sibling--) {
        const other = randomPerson(random, base.nationality);
        const year = base.birth.year + (random.chance(0.5) ? 1 : -1) * (1 + random.int(9));
        add({ ...other, paternal: base.paternal, maternal: base.maternal, birth: { ...other.birth, year } });
      }
    } else if (kind === 'twins') {
      add(base);
      const twin = randomPerson(random, base.nationality);
      add({
        ...twin,
        sex: random.chance(0.6) ? base.sex : twin.sex,
        paternal: base.paternal,
        maternal: base.maternal,
        birth: base.birth,
      });
    } else {
      const model = people[random.int(people.length)]!;
      const sameYear = random.chance(0.3);
      add({
        ...base,
        sex: model.sex,
        given: model.given,
        paternal: model.paternal,
        maternal: model.maternal,
        nationality: model.nationality,
        birth: sameYear ? { ...base.birth, year: model.birth.year } : base.birth,
      });
    }
  }
  return people.slice(0, count);
}

function randomPerson(random: Random, fixedNationality?: Nationality): Omit<Person, 'id' | 'curp'> {
  const country = fixedNationality ?? nationality(random);
  const surname = country === 'MEX' || random.chance(0.25) ? mexicanSurname : centralAmericanSurname;
  const sex = random.chance(0.7) ? 'F' : 'M';
  const [minimumAge, maximumAge] = AGE_RANGES[ageBand(random)]!;
  const year = REFERENCE_YEAR - minimumAge - random.int(maximumAge - minimumAge + 1);
  const month = 1 + random.int(12);
  const day = 1 + random.int(new Date(Date.UTC(year, month, 0)).getUTCDate());
  return {
    sex,
    given: sex === 'F' ? femaleName(random) : maleName(random),
    paternal: surname(random),
    maternal: random.chance(0.02) ? null : surname(random),
    birth: { year, month, day },
    nationality: country,
    phone: random.chance(0.55) ? nationalNumber(country, random) : null,
  };
}

function nationalNumber(country: Nationality, random: Random): string {
  const digits = (length: number) => Array.from({ length }, () => random.int(10)).join('');
  if (country !== 'MEX') return `${3 + random.int(6)}${digits(7)}`;
  const area = random.pick(MEXICAN_AREA_CODES);
  return `${area}${digits(10 - area.length)}`;
}
