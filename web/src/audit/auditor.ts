import type { CurrentUser } from '../../../src/contracts/session.ts';

/** The audit log and its alerts exist only for auditors, in the API and so in the web app. */
export const isAuditor = (user: CurrentUser): boolean => user.roles.includes('auditor');
