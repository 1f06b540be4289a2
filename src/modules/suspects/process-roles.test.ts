import { describe, expect, it } from 'vitest';
import { PROCESS_ROLE_CODES, PROCESS_ROLES } from './process-roles.ts';

// HTCDS 2.0 `per_RoleInProcess` (IOM Human Trafficking Case Data Standard, CC BY 4.0).
const HTCDS_ROLES_IN_PROCESS = [
  'TravellingPartner',
  'Transporter',
  'RecruiterOrIntermediary',
  'BrokerTravelAgent',
  'TransferredIndividual',
  'HarbouredIndividual',
  'SoldIndividual',
  'BoughtIndividual',
  'ReceivedIndividual',
  'ControlledIndividual',
  'Smuggler',
  'Abuser',
  'Kidnapper',
  'Exploiter',
  'Other',
];

describe('suspect process roles', () => {
  it('correspond one to one with the HTCDS roles in process', () => {
    const values = PROCESS_ROLE_CODES.map((code) => PROCESS_ROLES[code].htcds);
    expect([...values].sort()).toEqual([...HTCDS_ROLES_IN_PROCESS].sort());
  });

  it.each([
    ['recruiter', 'RecruiterOrIntermediary'],
    ['harboured_victim', 'HarbouredIndividual'],
    ['exploiter', 'Exploiter'],
    ['smuggler', 'Smuggler'],
  ] as const)('%s → %s', (code, htcds) => {
    expect(PROCESS_ROLES[code].htcds).toBe(htcds);
  });

  it('never call trafficking "tráfico" in Spanish', () => {
    for (const code of PROCESS_ROLE_CODES) {
      expect(PROCESS_ROLES[code].es).toMatch(/^(?!.*tráfico(?! de migrantes))/i);
    }
  });
});
