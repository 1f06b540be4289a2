import { type Kysely, sql, type Transaction } from 'kysely';
import type { FieldContext } from '../crypto/field-context.ts';
import { decryptField } from '../crypto/field-encryption.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import type { Schema } from '../db/schema.ts';

/** The column of field-encryption tokens this store writes, for key rotation (modules/encrypted-columns.ts). */
export const MFA_ENCRYPTED_COLUMNS = [{ table: 'user_mfa', column: 'totp_secret', key: 'user_id' }] as const;

/** Where a user's TOTP secret is encrypted: its ciphertext only decrypts in that user's row. */
export const totpSecretField = (userId: string): FieldContext => ({
  table: 'user_mfa',
  column: 'totp_secret',
  rowId: userId,
});

export type MfaRecord = { encryptedSecret: string; confirmed: boolean; lastTimeStep: number | null };

/** The secret in clear, for checking a code; it never leaves the process. */
export const totpSecretOf = (ring: KeyRing, userId: string, record: MfaRecord): string =>
  decryptField(ring, totpSecretField(userId), record.encryptedSecret);

export async function findMfa(db: Kysely<Schema>, userId: string): Promise<MfaRecord | undefined> {
  const row = await db
    .selectFrom('user_mfa')
    .select(['totp_secret', 'confirmed_at', 'last_time_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return (
    row && {
      encryptedSecret: row.totp_secret,
      confirmed: row.confirmed_at !== null,
      lastTimeStep: row.last_time_step === null ? null : Number(row.last_time_step),
    }
  );
}

/** Stores (or replaces) the secret of an enrolment in progress; false once enrolment was confirmed. */
export async function savePendingSecret(
  trx: Transaction<Schema>,
  userId: string,
  encryptedSecret: string,
): Promise<boolean> {
  const saved = await trx
    .insertInto('user_mfa')
    .values({ user_id: userId, totp_secret: encryptedSecret })
    .onConflict((conflict) =>
      conflict
        .column('user_id')
        .doUpdateSet({ totp_secret: encryptedSecret, last_time_step: null })
        .where('user_mfa.confirmed_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  return saved !== undefined;
}

/** Confirms the pending secret with the step of its first code; false when there was nothing pending. */
export async function confirmMfa(trx: Transaction<Schema>, userId: string, step: number): Promise<boolean> {
  const confirmed = await trx
    .updateTable('user_mfa')
    .set({ confirmed_at: sql`now()`, last_time_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return confirmed !== undefined;
}

/**
 * Accepts a code's time step only if it is newer than the last one accepted: checked and written in
 * one statement, so two requests racing with the same code cannot both succeed.
 */
export async function acceptTimeStep(
  trx: Transaction<Schema>,
  userId: string,
  step: number,
): Promise<boolean> {
  const accepted = await trx
    .updateTable('user_mfa')
    .set({ last_time_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where((eb) => eb.or([eb('last_time_step', 'is', null), eb('last_time_step', '<', String(step))]))
    .returning('user_id')
    .executeTakeFirst();
  return accepted !== undefined;
}

export async function storeRecoveryCodes(
  trx: Transaction<Schema>,
  userId: string,
  hmacs: readonly string[],
): Promise<void> {
  await trx
    .insertInto('mfa_recovery_codes')
    .values(hmacs.map((code_hmac) => ({ user_id: userId, code_hmac })))
    .execute();
}

/** Spends a recovery code: true once, false for an unknown or already used one. */
export async function spendRecoveryCode(
  trx: Transaction<Schema>,
  userId: string,
  hmac: string,
): Promise<boolean> {
  const spent = await trx
    .updateTable('mfa_recovery_codes')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('code_hmac', '=', hmac)
    .where('used_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return spent !== undefined;
}

export async function unusedRecoveryCodes(trx: Transaction<Schema>, userId: string): Promise<number> {
  const { count } = await trx
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * Forgets a user's second factor, secret and recovery codes alike, so that the account enrols again.
 * `enrolled`: whether there was a confirmed enrolment to forget.
 */
export async function deleteMfa(
  trx: Transaction<Schema>,
  userId: string,
): Promise<{ enrolled: boolean; recoveryCodes: number }> {
  const secret = await trx
    .deleteFrom('user_mfa')
    .where('user_id', '=', userId)
    .returning('confirmed_at')
    .executeTakeFirst();
  const codes = await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).executeTakeFirst();
  return { enrolled: Boolean(secret?.confirmed_at), recoveryCodes: Number(codes.numDeletedRows) };
}
