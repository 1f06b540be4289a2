import { z } from 'zod';
import { ROLES } from '../platform/access/roles.ts';

/** Shared by the API (validation, OpenAPI) and the web app (types, forms). */
export const signInRequest = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequest>;

export const language = z.enum(['es-MX', 'en']);

export const currentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: language,
  /** `agencyType` lets the web app offer only what the API's access rules allow (e.g. releases). */
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string(), agencyType: z.string() }),
  roles: z.array(z.enum(ROLES)),
  /** Whether the account proves itself with a TOTP code as well as its password. */
  mfaEnrolled: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUser>;

/**
 * The answer (202) when the password was right but the account owes a second factor: `required` (send
 * a code to /session/mfa) or `enrolment_required` (set up an authenticator app first). The session
 * cookie set with it is half-authenticated: it opens nothing but that step, for a few minutes.
 */
export const signInStep = z.object({ mfa: z.enum(['required', 'enrolment_required']) });
export type SignInStep = z.infer<typeof signInStep>;

/** Six digits from the authenticator app. */
export const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

/** `XXXXX-XXXXX`, accepted in any case, with or without the hyphen and spaces. */
export const recoveryCode = z.string().trim().min(10).max(32);

export const secondFactorRequest = z.union([
  z.strictObject({ code: totpCode }),
  z.strictObject({ recoveryCode }),
]);
export type SecondFactorRequest = z.infer<typeof secondFactorRequest>;

/** A new secret for the authenticator app: the QR code carries `otpauthUri`; `manualKey` is typed instead. */
export const mfaEnrolment = z.object({
  otpauthUri: z.string().startsWith('otpauth://totp/'),
  manualKey: z.string().regex(/^[A-Z2-7]+$/),
});
export type MfaEnrolment = z.infer<typeof mfaEnrolment>;

export const enrolmentConfirmation = z.strictObject({ code: totpCode });
export type EnrolmentConfirmation = z.infer<typeof enrolmentConfirmation>;

/** Signed in, with the recovery codes: shown this once, never retrievable again. */
export const confirmedEnrolment = z.object({
  user: currentUser,
  recoveryCodes: z.array(z.string()).length(10),
});
export type ConfirmedEnrolment = z.infer<typeof confirmedEnrolment>;

/**
 * Proving again who one is before a sensitive act: accounts with a second factor give a code (and may
 * give their password too); accounts without one give their password. Every factor given is checked.
 */
export const reauthenticationRequest = z.strictObject({
  password: z.string().min(1).max(1024).optional(),
  code: totpCode.optional(),
});
export type ReauthenticationRequest = z.infer<typeof reauthenticationRequest>;

export const reauthentication = z.object({ authenticatedAt: z.iso.datetime() });
export type Reauthentication = z.infer<typeof reauthentication>;
