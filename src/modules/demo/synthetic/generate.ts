import { AGENCIES, type AgencyProfile } from './agency-profiles.ts';
import { agencyRecord } from './agency-records.ts';
import { generatePeople, type Person } from './people.ts';
import { createRandom, type Random, weighted } from './random-tools.ts';

export type GeneratedRecords = {
  /** Rows in the default input layout, per agency. */
  byAgency: Map<string, string[][]>;
  /** The person behind each record id. */
  personOf: Map<string, number>;
  people: number;
};

/** How many agencies hold a record of one person. */
const viewCount = weighted({ 1: 42, 2: 30, 3: 16, 4: 8, 5: 4 });
/** The mean number of views is 2.02; drawing people for 1.8 leaves room for chance. */
const VIEWS_PLANNED_PER_PERSON = 1.8;
/** Chance that an agency registers the same person twice (a duplicate inside one file). */
const REPEAT_AT_SAME_AGENCY = 0.05;

/**
 * Synthetic agency files with ground truth: people (with siblings, twins and namesakes) seen by
 * several agencies, each with its own habits and error rates. Deterministic for a seed.
 */
export function generateRecords(recordCount: number, seed: number): GeneratedRecords {
  const random = createRandom(seed);
  const people = generatePeople(Math.ceil(recordCount / VIEWS_PLANNED_PER_PERSON) + 100, random);
  const byAgency = new Map<string, string[][]>(AGENCIES.map((agency) => [agency.name, []]));
  const personOf = new Map<string, number>();
  let produced = 0;
  for (const person of people) {
    for (const agency of agenciesFor(person, random)) {
      if (produced === recordCount) return { byAgency, personOf, people: person.id };
      const rows = byAgency.get(agency.name)!;
      const recordId = `${agency.name}-${rows.length + 1}`;
      rows.push(agencyRecord(person, agency, recordId, random));
      personOf.set(recordId, person.id);
      produced++;
    }
  }
  return { byAgency, personOf, people: people.length };
}

function agenciesFor(person: Person, random: Random): AgencyProfile[] {
  const count = Number(viewCount(random));
  const chosen: AgencyProfile[] = [];
  while (chosen.length < count) {
    const candidates = AGENCIES.filter(
      (agency) => !chosen.includes(agency) || random.chance(REPEAT_AT_SAME_AGENCY),
    );
    const affinity = (agency: AgencyProfile) =>
      person.nationality === 'MEX' ? agency.mexicans : agency.centralAmericans;
    const total = candidates.reduce((sum, agency) => sum + affinity(agency), 0);
    if (total === 0) break;
    let target = random.next() * total;
    const pick = candidates.find((agency) => {
      target -= affinity(agency);
      return target < 0;
    });
    chosen.push(pick ?? candidates.at(-1)!);
  }
  return chosen;
}
