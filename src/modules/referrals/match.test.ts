import { describe, expect, it } from 'vitest';
import { type DirectoryService, matchServices, POINTS, type SurvivorProfile } from './match.ts';
import { stateDistanceKm } from './state-distances.ts';

const survivor: SurvivorProfile = {
  needs: ['shelter'],
  sex: 'male',
  gender: 'masculine',
  age: 34,
  nationality: 'GT',
  indigenousLanguage: null,
  hasDisability: false,
  exploitationForms: ['forced_labour'],
  withChildren: false,
  state: 'CHP',
  municipality: 'Tapachula',
};

let serial = 0;
const service = (change: Partial<DirectoryService> = {}): DirectoryService => ({
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  providerId: 'p',
  providerName: 'Refugio',
  monitoringStatus: 'accredited',
  serviceType: 'shelter',
  active: true,
  sexes: [],
  genders: [],
  minAge: null,
  maxAge: null,
  exploitationForms: [],
  nationalities: [],
  languages: [],
  disabilityAccess: false,
  acceptsChildren: false,
  securityLevel: null,
  states: ['CHP'],
  municipalities: [],
  capacity: null,
  occupancy: 0,
  ...change,
});

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

describe('eligibility: each failing rule excludes and is named', () => {
  it.each([
    ['women only', { sexes: ['female'] }, {}, ['sex_not_served']],
    ['transgender women only', { genders: ['transgender_feminine'] }, {}, ['gender_not_served']],
    ['children under 13', { minAge: 0, maxAge: 12 }, {}, ['age_out_of_range']],
    ['sexual exploitation only', { exploitationForms: ['sexual_exploitation'] }, {}, ['form_not_served']],
    ['Mexicans only', { nationalities: ['MX'] }, {}, ['nationality_not_served']],
    ['no step-free access', {}, { hasDisability: true }, ['no_disability_access']],
    ['no children', {}, { withChildren: true }, ['no_children']],
    ['no places left', { capacity: 5, occupancy: 5 }, {}, ['full']],
    ['inactive', { active: false }, {}, ['inactive']],
    ['suspended provider', { monitoringStatus: 'suspended' as const }, {}, ['provider_suspended']],
    ['unmonitored provider', { monitoringStatus: 'unmonitored' as const }, {}, ['provider_unmonitored']],
    ['women only and full', { sexes: ['female'], capacity: 1, occupancy: 1 }, {}, ['sex_not_served', 'full']],
  ])('%s', (_name, change, profile, expected) => {
    const result = matchServices({ ...survivor, ...profile }, [service(change)]);
    expect(result.ranked).toEqual([]);
    expect(codes(result.excluded[0]!.reasons)).toEqual(expected);
  });

  it('lets a supervisor override a monitoring exclusion only when nothing else excludes', () => {
    const [alone, withOther] = matchServices(survivor, [
      service({ monitoringStatus: 'suspended' }),
      service({ monitoringStatus: 'suspended', sexes: ['female'] }),
    ]).excluded;
    expect([alone?.overridable, withOther?.overridable]).toEqual([true, false]);
  });

  it('passes unknown facts rather than excluding on a guess', () => {
    const result = matchServices({ ...survivor, sex: null, age: null, nationality: null }, [
      service({ sexes: ['female'], minAge: 0, maxAge: 12, nationalities: ['MX'] }),
    ]);
    expect(result.ranked).toHaveLength(1);
  });

  it('needs the survivor’s language for interpretation', () => {
    const profile = { ...survivor, needs: ['interpretation' as const], indigenousLanguage: 'Tzotzil' };
    const result = matchServices(profile, [
      service({ serviceType: 'interpretation', languages: ['náhuatl'] }),
      service({ serviceType: 'interpretation', languages: ['tzotzil'] }),
    ]);
    expect(codes(result.excluded[0]!.reasons)).toEqual(['language_not_offered']);
    expect(codes(result.ranked[0]!.reasons)).toContain('speaks_language');
  });
});

describe('ranking: points, each explained', () => {
  it('adds up coverage, places, monitoring, security and specialisation', () => {
    const [ranked] = matchServices(survivor, [
      service({ capacity: 10, occupancy: 7, securityLevel: 'high', exploitationForms: ['forced_labour'] }),
    ]).ranked;
    expect(ranked?.reasons).toEqual([
      { code: 'covers_municipality', points: POINTS.municipality },
      { code: 'places_free', points: 6, params: { free: 3 } },
      { code: 'monitoring_accredited', points: POINTS.accredited },
      { code: 'high_security', points: POINTS.highSecurity },
      { code: 'specialised_form', points: POINTS.specialisedForm },
    ]);
    expect(ranked?.score).toBe(40 + 6 + 25 + 10 + 10);
  });

  it('prefers the survivor’s municipality, then the state, then the nearest state', () => {
    const far = service({ states: ['YUC'] });
    const near = service({ states: ['TAB'] });
    const state = service({ municipalities: ['Tuxtla Gutiérrez'] });
    const town = service({ municipalities: ['tapachula'] });
    const order = matchServices(survivor, [far, near, state, town]).ranked.map((item) => item.serviceId);
    expect(order).toEqual([town.id, state.id, near.id, far.id]);
  });

  it('ranks under-review providers below visited and accredited ones', () => {
    const review = service({ monitoringStatus: 'under_review' });
    const visited = service({ monitoringStatus: 'visited' });
    const accredited = service();
    const order = matchServices(survivor, [review, visited, accredited]).ranked.map((item) => item.serviceId);
    expect(order).toEqual([accredited.id, visited.id, review.id]);
  });

  it('keeps the best few per need, nearby exclusions first', () => {
    const profile = { ...survivor, needs: ['shelter' as const, 'legal' as const] };
    const services = [
      service({ states: ['YUC'] }),
      service(),
      service({ serviceType: 'legal' }),
      service({ sexes: ['female'], states: ['YUC'] }),
      service({ sexes: ['female'] }),
    ];
    const result = matchServices(profile, services, 1);
    expect(result.ranked.map((item) => item.serviceId)).toEqual([services[1]!.id, services[2]!.id]);
    expect(result.excluded.map((item) => item.serviceId)).toEqual([services[4]!.id]);
  });

  it('ignores services for needs the survivor does not have', () => {
    const result = matchServices(survivor, [service({ serviceType: 'legal' })]);
    expect([result.ranked, result.excluded]).toEqual([[], []]);
  });
});

describe('gaps: a need with no eligible service in the state', () => {
  it('says why, and names the nearest eligible service elsewhere', () => {
    const womenOnly = service({ sexes: ['female'] });
    const tabasco = service({ states: ['TAB'], providerName: 'Casa Tabasco' });
    const result = matchServices(survivor, [womenOnly, tabasco]);
    expect(result.gaps).toEqual([
      {
        need: 'shelter',
        state: 'CHP',
        excludedBy: { sex_not_served: 1 },
        nearest: {
          serviceId: tabasco.id,
          providerName: 'Casa Tabasco',
          state: 'TAB',
          distanceKm: stateDistanceKm('CHP', 'TAB'),
        },
      },
    ]);
  });

  it('has no nearest when nothing anywhere is eligible', () => {
    expect(matchServices(survivor, []).gaps).toEqual([
      { need: 'shelter', state: 'CHP', excludedBy: {}, nearest: null },
    ]);
  });
});

describe('distances between states', () => {
  it('is zero within a state and symmetric', () => {
    expect(stateDistanceKm('PUE', 'PUE')).toBe(0);
    expect(stateDistanceKm('CHP', 'YUC')).toBe(stateDistanceKm('YUC', 'CHP'));
    expect(stateDistanceKm('PUE', 'TLA')).toBeLessThan(50);
  });
});
