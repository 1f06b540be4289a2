import { describe, expect, it } from 'vitest';
import { coverageGaps, MIN_CELL, populationsOf, type ServiceProfile } from './coverage-gaps.ts';
import type { DirectoryService } from './match.ts';

const consented = [{ scopes: ['statistics' as const], givenOn: '2026-01-01', revokedOn: null }];
const man: ServiceProfile = {
  state: 'CHP',
  sex: 'male',
  gender: null,
  age: 30,
  hasDisability: false,
  speaksIndigenous: true,
  forms: ['forced_labour'],
  needs: ['shelter'],
  served: [],
  consents: consented,
};
const womenOnlyShelter: DirectoryService = {
  id: 's1',
  providerId: 'p1',
  providerName: 'Refugio',
  monitoringStatus: 'accredited',
  serviceType: 'shelter',
  active: true,
  sexes: ['female'],
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
};

describe('populations the seed reports underserved', () => {
  it.each([
    [
      'an adult man in forced labour who speaks an indigenous language',
      man,
      ['all', 'men', 'forced_labour', 'indigenous_language'],
    ],
    ['a boy', { ...man, age: 15, forms: [], speaksIndigenous: false }, ['all', 'boys']],
    [
      'a young transgender woman',
      { ...man, sex: 'male', gender: 'transgender_feminine', age: 22, forms: [], speaksIndigenous: false },
      ['all', 'men', 'lgbt_youth'],
    ],
    [
      'a woman of unknown age',
      { ...man, sex: 'female', age: null, forms: [], speaksIndigenous: false },
      ['all'],
    ],
  ])('%s', (_name, profile, expected) => {
    expect(populationsOf(profile as ServiceProfile)).toEqual(expected);
  });
});

describe('coverage gaps', () => {
  const men = Array.from({ length: MIN_CELL }, () => man);

  it('counts needs with no eligible service in the state, by state, population and service type', () => {
    const report = coverageGaps(men, [womenOnlyShelter], 'aggregates', '2026-03-01');
    expect(report.total).toBe(MIN_CELL);
    expect(report.rows).toEqual(
      ['all', 'men', 'forced_labour', 'indigenous_language'].map((population) => ({
        state: 'CHP',
        population,
        serviceType: 'shelter',
        unmet: MIN_CELL,
      })),
    );
  });

  it('does not count a need already served, nor one an eligible service covers', () => {
    expect(
      coverageGaps([{ ...man, served: ['shelter'] }], [womenOnlyShelter], 'aggregates', '2026-03-01').total,
    ).toBe(0);
    expect(
      coverageGaps([{ ...man, sex: 'female' }], [womenOnlyShelter], 'aggregates', '2026-03-01').total,
    ).toBe(0);
  });

  it('suppresses small cells', () => {
    const report = coverageGaps([man], [womenOnlyShelter], 'aggregates', '2026-03-01');
    expect(report.rows.every((row) => row.unmet === null)).toBe(true);
  });

  it('follows the consent policy: totals only without consent, nothing under consent_required', () => {
    const withoutConsent = men.map((profile) => ({ ...profile, consents: [] }));
    expect(coverageGaps(withoutConsent, [], 'aggregates', '2026-03-01')).toMatchObject({
      total: MIN_CELL,
      rows: [],
    });
    expect(coverageGaps(withoutConsent, [], 'consent_required', '2026-03-01')).toMatchObject({
      total: 0,
      rows: [],
    });
  });
});
