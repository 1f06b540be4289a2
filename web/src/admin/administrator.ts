import type { CurrentUser } from '../../../src/contracts/session.ts';

export const USERS_PATH = '/administration/users';
export const AGENCIES_PATH = '/administration/agencies';

/** The agency that runs Enlace; its administrators administer every institution. */
export const PLATFORM_OPERATOR = 'ENLACE';

/** User administration exists only for administrators, in the API and so in the web app. */
export const isAdministrator = (user: CurrentUser): boolean => user.roles.includes('administrator');

/** Only the platform operator's administrators register institutions (POST /api/v1/agencies). */
export const isPlatformAdministrator = (user: CurrentUser): boolean =>
  isAdministrator(user) && user.agency.code === PLATFORM_OPERATOR;
