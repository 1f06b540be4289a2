import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { StateCode } from '../catalog/states.ts';
import { type ConsentFacts, statisticsUse } from '../consent/statistics-use.ts';
import { type DirectoryService, matchServices } from './match.ts';
import type { ServiceType } from './vocabulary.ts';

/**
 * Populations the seed reports underserved. LGBT youth: a transgender or gender non-conforming person
 * of 29 or younger (Mexico's legal youth); orientation is not recorded, so this undercounts.
 */
export const POPULATIONS = [
  'all',
  'men',
  'boys',
  'forced_labour',
  'lgbt_youth',
  'indigenous_language',
] as const;
export type Population = (typeof POPULATIONS)[number];

export type ServiceProfile = {
  state: StateCode | null;
  sex: string | null;
  gender: string | null;
  age: number | null;
  hasDisability: boolean;
  speaksIndigenous: boolean;
  forms: readonly string[];
  needs: readonly ServiceType[];
  /** Kinds of service already received through a referral (accepted, started or completed). */
  served: readonly string[];
  consents: readonly ConsentFacts[];
};

export type GapRow = {
  state: StateCode | null;
  population: Population;
  serviceType: ServiceType;
  unmet: number | null;
};

/** Cells below this many survivors are suppressed: a count of one or two can point to a person. */
export const MIN_CELL = 3;

const YOUTH = 29;
const GENDER_MINORITIES = ['transgender_feminine', 'transgender_masculine', 'non_conforming'];
const LABOUR = ['forced_labour', 'labour_exploitation'];

export function populationsOf(profile: ServiceProfile): Population[] {
  const adult = profile.age !== null && profile.age >= 18;
  const minor = profile.age !== null && profile.age < 18;
  const found: Population[] = ['all'];
  if (profile.sex === 'male' && adult) found.push('men');
  if (profile.sex === 'male' && minor) found.push('boys');
  if (profile.forms.some((form) => LABOUR.includes(form))) found.push('forced_labour');
  if (
    profile.gender &&
    GENDER_MINORITIES.includes(profile.gender) &&
    profile.age !== null &&
    profile.age <= YOUTH
  )
    found.push('lgbt_youth');
  if (profile.speaksIndigenous) found.push('indigenous_language');
  return found;
}

/** The survivor's needs with no eligible service in their state that were not already served elsewhere. */
export function unmetNeeds(profile: ServiceProfile, services: readonly DirectoryService[]): ServiceType[] {
  const { gaps } = matchServices(
    {
      ...profile,
      exploitationForms: profile.forms,
      indigenousLanguage: null,
      nationality: null,
      withChildren: false,
      municipality: null,
    },
    services,
    0,
  );
  return gaps.map((gap) => gap.need).filter((need) => !profile.served.includes(need));
}

/**
 * Unmet need: a survivor's need with no eligible service in their state (the matching rules of
 * match.ts) and no service of that kind already received. The total counts every survivor the consent
 * policy lets into totals; the breakdown by state, population and kind of service only those whose
 * consent allows breakdowns (consent/statistics-use.ts), with small cells suppressed.
 */
export function coverageGaps(
  profiles: readonly ServiceProfile[],
  services: readonly DirectoryService[],
  policy: StatisticsConsentPolicy,
  asOf: string,
) {
  let total = 0;
  const cells = new Map<string, GapRow & { unmet: number }>();
  for (const profile of profiles) {
    const use = statisticsUse(profile.consents, policy, asOf);
    if (!use.aggregate) continue;
    const unmet = unmetNeeds(profile, services);
    total += unmet.length;
    if (!use.disaggregated) continue;
    for (const population of populationsOf(profile))
      for (const serviceType of unmet) {
        const key = `${profile.state}|${population}|${serviceType}`;
        const cell = cells.get(key) ?? { state: profile.state, population, serviceType, unmet: 0 };
        cell.unmet += 1;
        cells.set(key, cell);
      }
  }
  const rows: GapRow[] = [...cells.values()]
    .sort(
      (a, b) =>
        (a.state ?? '').localeCompare(b.state ?? '') ||
        POPULATIONS.indexOf(a.population) - POPULATIONS.indexOf(b.population) ||
        a.serviceType.localeCompare(b.serviceType),
    )
    .map((cell) => ({ ...cell, unmet: cell.unmet < MIN_CELL ? null : cell.unmet }));
  return { asOf, policy, total, rows };
}
