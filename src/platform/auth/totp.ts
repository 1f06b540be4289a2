import { generateSecret, generateURI, verify } from 'otplib';

/** The name authenticator apps show above the code. */
export const TOTP_ISSUER = 'Enlace';

// RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30-second steps.
// One step either side absorbs the drift between the server's clock and the phone's.
const TOLERANCE_SECONDS = 30;

/** 160 random bits (RFC 4226's recommended length), base32 as authenticator apps expect. */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

/** The `otpauth://` URI a QR code carries; the label is the user name, never the person's name. */
export const totpUri = (username: string, secret: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label: username, secret });

/**
 * The time step of `code` when it is valid now and newer than `afterStep` (the last step accepted for
 * this secret), otherwise undefined: a code is good once, so one seen over a shoulder cannot be replayed.
 */
export async function matchTotp(
  secret: string,
  code: string,
  afterStep: number | null,
  now = new Date(),
): Promise<number | undefined> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}
