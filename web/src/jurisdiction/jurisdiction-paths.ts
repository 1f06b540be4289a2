import type { CurrentUser } from '../../../src/contracts/session.ts';

export const TRANSFERS_PATH = '/transfers';

const CASE_WORK_ROLES: readonly CurrentUser['roles'][number][] = [
  'intake_officer',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_staff',
  'supervisor',
];

/** The transfer inbox exists for the roles that work cases, as in the API. */
export const worksCases = (user: CurrentUser): boolean =>
  user.roles.some((role) => CASE_WORK_ROLES.includes(role));

/** Who answers a request addressed to their agency: its prosecutors and supervisors. */
export const answersTransfers = (user: CurrentUser): boolean =>
  user.roles.includes('prosecutor') || user.roles.includes('supervisor');
