import { STATE_CODES } from '../src/modules/catalog/states.ts';
import { EXPLOITATION_FORMS } from '../src/modules/exploitation/forms.ts';
import { seededRandom } from '../src/modules/linkage/random.ts';
import {
  type DirectoryService,
  matchServices,
  type SurvivorProfile,
} from '../src/modules/referrals/match.ts';
import { MONITORING_STATUSES, SERVICE_TYPES } from '../src/modules/referrals/vocabulary.ts';

/**
 * Matching latency over a directory of `services` synthetic services: `matchServices` (every
 * eligibility rule, scoring, explanations and gaps) against a plain filter of the same directory by
 * need and state, the least any matching must do. Both run on the same survivors, interleaved, in one
 * process; the directory is loaded already (the database read is not measured here).
 */
export function referralMatching(options = { services: 5_000, survivors: 2_000, seed: 2012 }) {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], chance: number) => items.filter(() => random() < chance);
  const directory: DirectoryService[] = Array.from({ length: options.services }, (_, index) => {
    const capacity = random() < 0.3 ? null : 5 + Math.floor(random() * 40);
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      providerId: `provider-${index % 800}`,
      providerName: `Prestador ${index % 800}`,
      monitoringStatus: pick(MONITORING_STATUSES),
      serviceType: pick(SERVICE_TYPES),
      active: random() < 0.95,
      sexes: some(['female', 'male'], 0.3),
      genders: [],
      minAge: random() < 0.3 ? 18 : null,
      maxAge: random() < 0.2 ? 12 : null,
      exploitationForms: some(EXPLOITATION_FORMS, 0.1),
      nationalities: random() < 0.1 ? ['MX'] : [],
      languages: some(['es', 'náhuatl', 'tzotzil', 'mixteco', 'en'], 0.3),
      disabilityAccess: random() < 0.4,
      acceptsChildren: random() < 0.4,
      securityLevel: null,
      states: [pick(STATE_CODES), ...some(STATE_CODES, 0.03)],
      municipalities: [],
      capacity,
      occupancy: capacity === null ? 0 : Math.floor(random() * (capacity + 1)),
    };
  });
  const survivors: SurvivorProfile[] = Array.from({ length: options.survivors }, () => ({
    needs: [pick(SERVICE_TYPES), pick(SERVICE_TYPES)],
    sex: pick(['female', 'male']),
    gender: null,
    age: 8 + Math.floor(random() * 50),
    nationality: pick(['MX', 'GT', 'HN']),
    indigenousLanguage: random() < 0.2 ? 'tzotzil' : null,
    hasDisability: random() < 0.1,
    exploitationForms: [pick(EXPLOITATION_FORMS)],
    withChildren: random() < 0.2,
    state: pick(STATE_CODES),
    municipality: null,
  }));
  const filter = (survivor: SurvivorProfile) =>
    directory.filter(
      (service) => survivor.needs.includes(service.serviceType) && service.states.includes(survivor.state!),
    );
  const matching: number[] = [];
  const filtering: number[] = [];
  let kept = 0;
  for (const survivor of survivors) {
    let started = performance.now();
    kept += matchServices(survivor, directory).ranked.length;
    matching.push(performance.now() - started);
    started = performance.now();
    kept -= filter(survivor).length;
    filtering.push(performance.now() - started);
  }
  const quantile = (values: number[], q: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    services: options.services,
    survivors: options.survivors,
    matchP50Ms: round(quantile(matching, 0.5)),
    matchP99Ms: round(quantile(matching, 0.99)),
    filterP50Ms: round(quantile(filtering, 0.5)),
    filterP99Ms: round(quantile(filtering, 0.99)),
    ratioP50: Math.round((quantile(matching, 0.5) / quantile(filtering, 0.5)) * 10) / 10,
    // Printed so that neither loop can be optimised away.
    rankedMinusFiltered: kept,
  };
}
