import type { CurrentUser } from '../../../src/contracts/session.ts';

export const USERS_PATH = '/administration/users';

/** User administration exists only for administrators, in the API and so in the web app. */
export const isAdministrator = (user: CurrentUser): boolean => user.roles.includes('administrator');
