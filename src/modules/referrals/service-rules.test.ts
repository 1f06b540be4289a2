import { describe, expect, it } from 'vitest';
import { type ServiceFacts, serviceIssues } from './service-rules.ts';

const valid: ServiceFacts = {
  serviceType: 'shelter',
  minAge: 18,
  maxAge: 60,
  capacity: 10,
  occupancy: 4,
  securityLevel: 'high',
  maxStayDays: 90,
  mayLeaveUnaccompanied: false,
  sexes: ['female'],
  genders: [],
  exploitationForms: ['sexual_exploitation'],
  nationalities: [],
  languages: ['es', 'tzotzil'],
  states: ['CHP'],
};

describe('service eligibility rules', () => {
  it.each([
    ['a coherent shelter', {}, []],
    ['ages upside down', { minAge: 30, maxAge: 12 }, [{ path: 'maxAge', key: 'age_range_order' }]],
    ['one age bound only', { minAge: 13, maxAge: null }, []],
    ['more housed than places', { occupancy: 11 }, [{ path: 'occupancy', key: 'occupancy_over_capacity' }]],
    ['no limit on places', { capacity: null, occupancy: 50 }, []],
    [
      'shelter rules on legal advice',
      { serviceType: 'legal', securityLevel: 'high', maxStayDays: null, mayLeaveUnaccompanied: null },
      [{ path: 'securityLevel', key: 'shelter_only' }],
    ],
    ['a state listed twice', { states: ['CHP', 'CHP'] }, [{ path: 'states', key: 'duplicate_values' }]],
  ] as const)('%s', (_name, change, expected) => {
    expect(serviceIssues({ ...valid, ...change })).toEqual(expected);
  });
});
