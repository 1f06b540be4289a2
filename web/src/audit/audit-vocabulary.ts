import { ROLES, type Role } from '../../../src/platform/access/roles.ts';

/** Action codes with a label in web.json (audit.actions); any other code is shown as it is. */
export const KNOWN_ACTIONS = [
  'session.sign_in',
  'session.sign_in_failed',
  'session.sign_out',
  'user.create',
  'user.mfa_reset',
  'agency.create',
  'case.open',
  'case.read',
  'case.share',
  'case.share_revoke',
  'case.break_glass',
  'case.conflict_declared',
  'identity.read',
  'audit.browse',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export const KNOWN_RECORD_TYPES = ['user', 'agency', 'case'] as const;
export type KnownRecordType = (typeof KNOWN_RECORD_TYPES)[number];

export const isKnownAction = (code: string): code is KnownAction =>
  (KNOWN_ACTIONS as readonly string[]).includes(code);

export const isKnownRecordType = (type: string): type is KnownRecordType =>
  (KNOWN_RECORD_TYPES as readonly string[]).includes(type);

export const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);
