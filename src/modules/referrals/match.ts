import type { StateCode } from '../catalog/states.ts';
import { stateDistanceKm } from './state-distances.ts';
import type { MonitoringStatus, ServiceType } from './vocabulary.ts';

/** What matching knows of a survivor: the needs field group only, never identity or the investigation. */
export type SurvivorProfile = {
  needs: readonly ServiceType[];
  sex: string | null;
  gender: string | null;
  /** Years, from the birth year; null when unknown. */
  age: number | null;
  nationality: string | null;
  indigenousLanguage: string | null;
  hasDisability: boolean;
  exploitationForms: readonly string[];
  withChildren: boolean;
  state: StateCode | null;
  municipality: string | null;
};

export type DirectoryService = {
  id: string;
  providerId: string;
  providerName: string;
  monitoringStatus: MonitoringStatus;
  serviceType: ServiceType;
  active: boolean;
  sexes: readonly string[];
  genders: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  exploitationForms: readonly string[];
  nationalities: readonly string[];
  languages: readonly string[];
  disabilityAccess: boolean;
  acceptsChildren: boolean;
  securityLevel: 'standard' | 'high' | null;
  states: readonly StateCode[];
  municipalities: readonly string[];
  capacity: number | null;
  occupancy: number;
};

/** One piece of evidence: a rule's code, the points it gave (ranked) and what it compared. */
export type Reason = { code: string; points?: number; params?: Record<string, string | number> };

export type Candidate = {
  serviceId: string;
  providerId: string;
  providerName: string;
  serviceType: ServiceType;
  reasons: Reason[];
};
export type Ranked = Candidate & { score: number; distanceKm: number | null };
/** `overridable`: excluded only by the provider's monitoring; a supervisor may still send, with a reason. */
export type Excluded = Candidate & { overridable: boolean };
export type Gap = {
  need: ServiceType;
  state: StateCode | null;
  /** Why each service of that type in the state was excluded, by reason code, with how many. */
  excludedBy: Record<string, number>;
  nearest: { serviceId: string; providerName: string; state: StateCode; distanceKm: number } | null;
};
export type MatchResult = { ranked: Ranked[]; excluded: Excluded[]; gaps: Gap[] };

/** Points per rule (docs/rules.md §4.1): published so that every rank can be recomputed by hand. */
export const POINTS = {
  municipality: 40,
  state: 35,
  /** Out of the state: this much, less one point per `kmPerPoint` to the nearest state covered. */
  otherState: 30,
  kmPerPoint: 50,
  unlimitedPlaces: 10,
  perFreePlace: 2,
  maxPlaces: 20,
  accredited: 25,
  visited: 20,
  underReview: 5,
  highSecurity: 10,
  language: 15,
  specialisedForm: 10,
} as const;

const lower = (value: string) => value.toLocaleLowerCase('es-MX');

function exclusions(profile: SurvivorProfile, service: DirectoryService): Reason[] {
  const reasons: Reason[] = [];
  if (!service.active) reasons.push({ code: 'inactive' });
  if (profile.sex && service.sexes.length > 0 && !service.sexes.includes(profile.sex))
    reasons.push({ code: 'sex_not_served', params: { sex: profile.sex } });
  if (profile.gender && service.genders.length > 0 && !service.genders.includes(profile.gender))
    reasons.push({ code: 'gender_not_served', params: { gender: profile.gender } });
  if (
    profile.age !== null &&
    ((service.minAge !== null && profile.age < service.minAge) ||
      (service.maxAge !== null && profile.age > service.maxAge))
  )
    reasons.push({
      code: 'age_out_of_range',
      params: { age: profile.age, min: service.minAge ?? 0, max: service.maxAge ?? 120 },
    });
  if (
    service.exploitationForms.length > 0 &&
    profile.exploitationForms.length > 0 &&
    !profile.exploitationForms.some((form) => service.exploitationForms.includes(form))
  )
    reasons.push({ code: 'form_not_served' });
  if (
    profile.nationality &&
    service.nationalities.length > 0 &&
    !service.nationalities.includes(profile.nationality)
  )
    reasons.push({ code: 'nationality_not_served', params: { nationality: profile.nationality } });
  if (profile.hasDisability && !service.disabilityAccess) reasons.push({ code: 'no_disability_access' });
  if (profile.withChildren && !service.acceptsChildren) reasons.push({ code: 'no_children' });
  if (service.capacity !== null && service.occupancy >= service.capacity) reasons.push({ code: 'full' });
  if (
    service.serviceType === 'interpretation' &&
    profile.indigenousLanguage &&
    !service.languages.map(lower).includes(lower(profile.indigenousLanguage))
  )
    reasons.push({ code: 'language_not_offered', params: { language: profile.indigenousLanguage } });
  if (service.monitoringStatus === 'suspended') reasons.push({ code: 'provider_suspended' });
  if (service.monitoringStatus === 'unmonitored') reasons.push({ code: 'provider_unmonitored' });
  return reasons;
}

function coverage(
  profile: SurvivorProfile,
  service: DirectoryService,
): { reason: Reason; km: number | null } {
  if (!profile.state) return { reason: { code: 'state_unknown', points: 0 }, km: null };
  if (service.states.includes(profile.state)) {
    const everywhere = service.municipalities.length === 0;
    const here =
      profile.municipality !== null &&
      service.municipalities.map(lower).includes(lower(profile.municipality));
    return everywhere || here
      ? { reason: { code: 'covers_municipality', points: POINTS.municipality }, km: 0 }
      : { reason: { code: 'covers_state', points: POINTS.state }, km: 0 };
  }
  const from = profile.state;
  const [nearest] = service.states
    .map((state) => ({ state, km: stateDistanceKm(from, state) }))
    .sort((a, b) => a.km - b.km);
  const km = nearest?.km ?? 0;
  const points = Math.max(0, Math.round(POINTS.otherState - km / POINTS.kmPerPoint));
  return { reason: { code: 'outside_state', points, params: { state: nearest?.state ?? '', km } }, km };
}

function fitReasons(profile: SurvivorProfile, service: DirectoryService): Reason[] {
  const reasons: Reason[] = [];
  if (service.capacity === null) reasons.push({ code: 'no_place_limit', points: POINTS.unlimitedPlaces });
  else {
    const free = service.capacity - service.occupancy;
    reasons.push({
      code: 'places_free',
      points: Math.min(POINTS.maxPlaces, free * POINTS.perFreePlace),
      params: { free },
    });
  }
  const monitoring = {
    accredited: POINTS.accredited,
    visited: POINTS.visited,
    under_review: POINTS.underReview,
  } as const;
  if (service.monitoringStatus in monitoring)
    reasons.push({
      code: `monitoring_${service.monitoringStatus}`,
      points: monitoring[service.monitoringStatus as keyof typeof monitoring],
    });
  if (service.serviceType === 'shelter' && service.securityLevel === 'high')
    reasons.push({ code: 'high_security', points: POINTS.highSecurity });
  if (profile.indigenousLanguage && service.languages.map(lower).includes(lower(profile.indigenousLanguage)))
    reasons.push({
      code: 'speaks_language',
      points: POINTS.language,
      params: { language: profile.indigenousLanguage },
    });
  if (service.exploitationForms.some((form) => profile.exploitationForms.includes(form)))
    reasons.push({ code: 'specialised_form', points: POINTS.specialisedForm });
  return reasons;
}

const byRank = (a: Ranked, b: Ranked) =>
  b.score - a.score || (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.serviceId.localeCompare(b.serviceId);

/**
 * Ranks the services that meet a survivor's needs. A service is excluded by any eligibility rule it
 * fails (every failing rule is listed); the others score points for coverage, free places, monitoring,
 * security, language and specialisation, each listed as a reason. A need with no eligible service in
 * the survivor's state is a gap, with the nearest eligible one elsewhere. Pure and deterministic.
 */
export function matchServices(
  profile: SurvivorProfile,
  services: readonly DirectoryService[],
  /** How many ranked and excluded services to keep per need (a directory can list thousands). */
  perNeed = Number.POSITIVE_INFINITY,
): MatchResult {
  const ranked: Ranked[] = [];
  const excluded: Excluded[] = [];
  for (const service of services) {
    if (!profile.needs.includes(service.serviceType)) continue;
    const candidate = {
      serviceId: service.id,
      providerId: service.providerId,
      providerName: service.providerName,
      serviceType: service.serviceType,
    };
    const refused = exclusions(profile, service);
    if (refused.length > 0) {
      const overridable = refused.every((reason) => reason.code.startsWith('provider_'));
      excluded.push({ ...candidate, reasons: refused, overridable });
      continue;
    }
    const { reason, km } = coverage(profile, service);
    const reasons = [reason, ...fitReasons(profile, service)];
    const score = reasons.reduce((sum, item) => sum + (item.points ?? 0), 0);
    ranked.push({ ...candidate, reasons, score, distanceKm: km });
  }
  ranked.sort(byRank);
  const local = new Set(
    services
      .filter((service) => profile.state !== null && service.states.includes(profile.state))
      .map((service) => service.id),
  );
  // Exclusions nearby explain a gap best; those far away matter less.
  const nearFirst = (item: Excluded) => (local.has(item.serviceId) ? 0 : 1);
  excluded.sort(
    (a, b) =>
      a.serviceType.localeCompare(b.serviceType) ||
      nearFirst(a) - nearFirst(b) ||
      a.serviceId.localeCompare(b.serviceId),
  );
  const gaps = gapsOf(profile, services, ranked, excluded);
  return { ranked: firstPerNeed(ranked, perNeed), excluded: firstPerNeed(excluded, perNeed), gaps };
}

function firstPerNeed<T extends Candidate>(items: readonly T[], perNeed: number): T[] {
  const kept = new Map<ServiceType, number>();
  return items.filter((item) => {
    const count = kept.get(item.serviceType) ?? 0;
    kept.set(item.serviceType, count + 1);
    return count < perNeed;
  });
}

function gapsOf(
  profile: SurvivorProfile,
  services: readonly DirectoryService[],
  ranked: readonly Ranked[],
  excluded: readonly Excluded[],
): Gap[] {
  const statesOf = new Map(services.map((service) => [service.id, service.states]));
  const inState = (serviceId: string) =>
    profile.state === null || (statesOf.get(serviceId) ?? []).includes(profile.state);
  return profile.needs.flatMap((need) => {
    const eligible = ranked.filter((item) => item.serviceType === need);
    if (eligible.some((item) => inState(item.serviceId))) return [];
    const excludedBy: Record<string, number> = {};
    for (const item of excluded)
      if (item.serviceType === need && inState(item.serviceId))
        for (const reason of item.reasons) excludedBy[reason.code] = (excludedBy[reason.code] ?? 0) + 1;
    const closest = [...eligible].sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0))[0];
    const nearestState = closest?.reasons.find((reason) => reason.code === 'outside_state')?.params?.state;
    return [
      {
        need,
        state: profile.state,
        excludedBy,
        nearest:
          closest && nearestState
            ? {
                serviceId: closest.serviceId,
                providerName: closest.providerName,
                state: nearestState as StateCode,
                distanceKm: closest.distanceKm ?? 0,
              }
            : null,
      },
    ];
  });
}
