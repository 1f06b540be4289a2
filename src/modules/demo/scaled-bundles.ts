import { NEEDS } from '../cases/people-contract.ts';
import { STATE_CODES, type StateCode } from '../catalog/states.ts';
import type { BundleCase, BundlePerson } from '../exchange/bundle-format.ts';
import { AGENCIES } from './synthetic/agency-profiles.ts';
import { syntheticCaseRecords } from './synthetic/case-records.ts';
import { generateRecords } from './synthetic/generate.ts';
import type { Nationality } from './synthetic/people.ts';
import { createRandom, type Random, weighted } from './synthetic/random-tools.ts';

/** The Enlace institution each synthetic agency profile stands for; state prosecutors by the case's state. */
const AGENCY_OF_PROFILE: Record<string, (state: StateCode) => string> = {
  fevimtra: () => 'FEVIMTRA',
  ceav: () => 'CEAV',
  inm: () => 'INM',
  consulado: () => 'CONSUL-HOU',
  refugio: () => 'OSC-REFUGIO',
  fiscalia_estatal: (state) => `FGE-${state}`,
};

const COUNTRY: Record<Nationality, string> = { MEX: 'MX', GTM: 'GT', HND: 'HN', SLV: 'SV', NIC: 'NI' };
/** States where the seed places most cases: the southern border, the capital region, tourist centres. */
const STATE_WEIGHTS = Object.fromEntries(
  STATE_CODES.map((code) => [
    code,
    (
      {
        CHP: 12,
        CMX: 10,
        MEX: 8,
        PUE: 7,
        VER: 6,
        OAX: 5,
        QUI: 5,
        GRO: 5,
        BCN: 5,
        CHH: 4,
        JAL: 4,
        TLA: 4,
      } as Record<string, number>
    )[code] ?? 1,
  ]),
) as Record<StateCode, number>;
const caseState = weighted(STATE_WEIGHTS);
const caseStatus = weighted({
  identification: 30,
  investigation: 40,
  prosecution: 12,
  trial: 8,
  sentenced: 5,
  closed: 5,
});
const survivorsInCase = weighted({ 1: 55, 2: 25, 3: 12, 4: 8 });
const LATEST_BIRTH_YEAR = 2012;

/** `records`: exploitation, suspect roles, legal track, protection and consent lines of the cases. */
export type AgencyBundle = {
  agencyCode: string;
  cases: BundleCase[];
  people: BundlePerson[];
  records: Record<string, unknown>[];
};

/** Agencies that investigate and prosecute: their cases carry a legal track. */
const PROSECUTING_PROFILES = new Set(['fevimtra', 'fiscalia_estatal']);

/**
 * Synthetic cases by institution: the linkage generator's people, each seen by one or more agencies with
 * that agency's spelling habits (the same survivor recorded several times, differently), grouped into
 * cases with a suspect most of the time, each case with its exploitation, suspect roles, legal track,
 * protection and consents (synthetic/case-records.ts). Deterministic for a seed; ids carry the seed so that loading the
 * same scale and seed again changes nothing.
 */
export function scaledBundles(persons: number, seed: number): AgencyBundle[] {
  const random = createRandom(seed ^ 0x5eed);
  const generated = generateRecords(persons, seed);
  const bundles = new Map<string, AgencyBundle>();
  const bundleFor = (agencyCode: string) => {
    const existing = bundles.get(agencyCode);
    if (existing) return existing;
    const created: AgencyBundle = { agencyCode, cases: [], people: [], records: [] };
    bundles.set(agencyCode, created);
    return created;
  };
  for (const profile of AGENCIES) {
    const rows = generated.byAgency.get(profile.name) ?? [];
    let next = 0;
    while (next < rows.length) {
      const state = caseState(random);
      const bundle = bundleFor(AGENCY_OF_PROFILE[profile.name]!(state));
      const caseId = `demo-${seed}-${profile.name}-c${next}`;
      const caseRecord = syntheticCase(caseId, state, random);
      bundle.cases.push(caseRecord);
      const size = Math.min(Number(survivorsInCase(random)), rows.length - next);
      const survivors = rows.slice(next, next + size).map((row) => survivor(row, caseId, random));
      const suspects = random.chance(0.6) ? [suspect(`${caseId}-s`, caseId, random)] : [];
      if (suspects.length > 0 && random.chance(0.3)) suspects.push(suspect(`${caseId}-s2`, caseId, random));
      bundle.people.push(...survivors, ...suspects);
      const { lines } = syntheticCaseRecords(
        {
          id: caseId,
          openedOn: caseRecord.openedOn,
          status: caseRecord.status,
          prosecutes: PROSECUTING_PROFILES.has(profile.name),
          survivors: survivors.map((person) => ({ id: person.id, nationality: person.nationality })),
          suspects: suspects.map((person) => person.id),
        },
        random,
      );
      bundle.records.push(...lines);
      next += size;
    }
  }
  return [...bundles.values()];
}

/** Years cases were opened: the first years of the 2012 law weigh most, recent years follow. */
const openingYear = weighted(
  Object.fromEntries(
    Array.from({ length: 15 }, (_, index) => 2011 + index).map((year) => [
      String(year),
      year <= 2013 ? 14 : year >= 2020 ? 6 : 3,
    ]),
  ),
);

function syntheticCase(id: string, stateCode: StateCode, random: Random): BundleCase {
  const year = Number(openingYear(random));
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    type: 'case',
    id,
    stateCode,
    status: caseStatus(random),
    openedOn: `${year}-${pad(month)}-${pad(day)}`,
  };
}

/** One agency's record in the generator's layout: id, agency, names, sex, birth, nationality, CURP, phone. */
function survivor(row: string[], caseId: string, random: Random): BundlePerson {
  const [recordId, , given, surname1, surname2, sex, birth, nationality, , phone] = row as [
    string,
    ...string[],
  ];
  const year = Number(birth?.slice(0, 4));
  return {
    type: 'person',
    id: `${caseId}-${recordId}`,
    case: caseId,
    role: 'survivor',
    ...(sex ? { sex: /^(F|Mujer|femenino)$/i.test(sex) ? 'female' : 'male' } : {}),
    ...(year >= 1930 && year <= LATEST_BIRTH_YEAR ? { birthYear: year } : {}),
    ...(nationality ? { nationality: countryOf(nationality) } : {}),
    publicOfficial: false,
    needs: NEEDS.filter(() => random.chance(0.35)),
    disabilities: [],
    documents: [],
    contacts: phone && /^\+?[0-9 ()-]{7,20}$/.test(phone) ? [{ phone }] : [],
    ...(given
      ? {
          identity: {
            givenNames: given,
            ...(surname1 && { firstSurname: surname1 }),
            ...(surname2 && { secondSurname: surname2 }),
          },
        }
      : {}),
  } as BundlePerson;
}

function suspect(id: string, caseId: string, random: Random): BundlePerson {
  return {
    type: 'person',
    id,
    case: caseId,
    role: 'suspect',
    sex: random.chance(0.8) ? 'male' : 'female',
    publicOfficial: false,
    needs: [],
    disabilities: [],
    documents: [],
    contacts: [],
  } as BundlePerson;
}

const NATIONALITY_PATTERNS: [RegExp, string][] = [
  [/^(MEX|MX|M[eé]xic)/i, 'MX'],
  [/^(GTM|Guatemal)/i, 'GT'],
  [/^(HND|Hondur)/i, 'HN'],
  [/^(SLV|El Salvador|Salvador)/i, 'SV'],
  [/^(NIC|Nicarag)/i, 'NI'],
];

const countryOf = (text: string) =>
  NATIONALITY_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? COUNTRY.MEX;
