import { describe, expect, it } from 'vitest';
import type { ServiceProfile } from './coverage-gaps.ts';
import type { DirectoryService } from './match.ts';
import { type CountedReferral, countReferrals } from './referral-counts-rules.ts';

const consented = [{ scopes: ['statistics' as const], givenOn: '2026-01-01', revokedOn: null }];
const revoked = [{ scopes: ['statistics' as const], givenOn: '2026-01-01', revokedOn: '2026-02-01' }];
const sent: CountedReferral = {
  state: 'PUE',
  serviceType: 'shelter',
  made: true,
  accepted: false,
  overdue: false,
  consents: consented,
};
const man: ServiceProfile = {
  state: 'CHP',
  sex: 'male',
  gender: null,
  age: 30,
  hasDisability: false,
  speaksIndigenous: false,
  forms: [],
  needs: ['shelter', 'legal'],
  served: [],
  consents: consented,
};
const legalAid: DirectoryService = {
  id: 's1',
  providerId: 'p1',
  providerName: 'Asesoría',
  monitoringStatus: 'accredited',
  serviceType: 'legal',
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
};
const ASOF = '2026-03-01';

describe('countReferrals', () => {
  it('counts made, accepted and overdue by state and kind of service', () => {
    const counts = countReferrals(
      [
        sent,
        { ...sent, accepted: true },
        { ...sent, made: false, accepted: true },
        { ...sent, serviceType: 'legal', overdue: true },
      ],
      [],
      [],
      'aggregates',
      ASOF,
    );
    expect(counts).toEqual({
      totals: { made: 3, accepted: 2, overdue: 1, unmet: 0 },
      cells: [
        { state: 'PUE', serviceType: 'legal', made: 1, accepted: 0, overdue: 1, unmet: 0 },
        { state: 'PUE', serviceType: 'shelter', made: 2, accepted: 2, overdue: 0, unmet: 0 },
      ],
    });
  });

  it('counts as unmet the needs no eligible service covers, unless already served', () => {
    expect(countReferrals([], [man], [legalAid], 'aggregates', ASOF).cells).toEqual([
      { state: 'CHP', serviceType: 'shelter', made: 0, accepted: 0, overdue: 0, unmet: 1 },
    ]);
    expect(
      countReferrals([], [{ ...man, served: ['shelter'] }], [legalAid], 'aggregates', ASOF).totals.unmet,
    ).toBe(0);
  });

  it.each([
    ['without consent, totals only', [], 'aggregates', { made: 1, cells: 0 }],
    ['without consent under a strict policy, nowhere', [], 'consent_required', { made: 0, cells: 0 }],
    ['after a revocation, totals only', revoked, 'aggregates', { made: 1, cells: 0 }],
    ['with consent, everywhere', consented, 'consent_required', { made: 1, cells: 1 }],
  ] as const)('%s', (_name, consents, policy, expected) => {
    const counts = countReferrals([{ ...sent, consents }], [], [], policy, ASOF);
    expect({ made: counts.totals.made, cells: counts.cells.length }).toEqual(expected);
  });
});
