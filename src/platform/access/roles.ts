/** Roles a user holds inside their agency (domain.md §2). A user may hold several. */
export const ROLES = [
  'intake_officer',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_staff',
  'supervisor',
  'statistician', // aggregates only, never identities
  'auditor', // the audit log only
  'administrator', // users of their own agency only; no case data
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that never touch case data, whatever else they hold. */
const OVERSIGHT_ROLES: readonly Role[] = ['statistician', 'auditor', 'administrator'];

/** Roles whose holders may see who a survivor is; they must sign in with a second factor. */
export const IDENTITY_ROLES: readonly Role[] = ROLES.filter((role) => !OVERSIGHT_ROLES.includes(role));

export const requiresMultiFactor = (roles: readonly Role[]) =>
  roles.some((role) => IDENTITY_ROLES.includes(role));
