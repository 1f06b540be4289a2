import type { Kysely } from 'kysely';
import type { MfaEnrolment } from '../../contracts/session.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { encryptField } from '../crypto/field-encryption.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';
import { withActor } from '../db/with-actor.ts';
import { ProblemError, unauthenticated } from '../http/problem.ts';
import { savePendingSecret, totpSecretField } from './mfa-store.ts';
import { findPendingSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';
import { actorOf, describeSessionUser } from './session-user.ts';
import { newTotpSecret, totpUri } from './totp.ts';

/**
 * Enrolment, first step, for a session that signed in with its password and must set up a second
 * factor: a new TOTP secret, stored encrypted and unconfirmed (asking again replaces it), returned
 * once for the QR code and the manual key. Audited without the secret.
 */
export async function startEnrolment(options: {
  db: Kysely<Schema>;
  keyRing: KeyRing;
  token: string | undefined;
  requestId?: string;
}): Promise<MfaEnrolment> {
  const { db } = options;
  if (!looksLikeSessionToken(options.token)) throw unauthenticated();
  const account = await findPendingSession(db, hashSessionToken(options.token), 'enrolment');
  if (!account) throw unauthenticated();
  const user = await describeSessionUser(db, account);
  const secret = newTotpSecret();
  const encrypted = encryptField(options.keyRing, totpSecretField(user.id), secret);
  await withActor(db, actorOf(user, options.requestId), async (trx) => {
    if (!(await savePendingSecret(trx, user.id, encrypted)))
      throw new ProblemError(409, 'mfa_already_enrolled');
    await recordAudit(trx, { action: 'user.mfa_enrolment_started', recordType: 'user', recordId: user.id });
  });
  return { otpauthUri: totpUri(user.username, secret), manualKey: secret };
}
