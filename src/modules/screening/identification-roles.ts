import type { Role } from '../../platform/access/roles.ts';

/**
 * Who may decide that someone is a possible, confirmed or not a victim (the classifier only informs it).
 * Apart from its use-case so that the web app offers the decision only to those the API lets make it.
 */
export const DECIDING_ROLES: readonly Role[] = ['intake_officer', 'investigator', 'prosecutor', 'supervisor'];

export const mayDecideIdentification = (roles: readonly Role[]): boolean =>
  roles.some((role) => DECIDING_ROLES.includes(role));
