import type { Kysely, Transaction } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Settings } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { runPrepared } from '../db/run-prepared.ts';
import type { PendingStep, Schema } from '../db/schema.ts';

export type SessionUser = { id: string; username: string; displayName: string; locale: 'es-MX' | 'en' };
export type SessionTimeouts = { idleMinutes: number; absoluteHours: number };

/** The session timeouts the settings give (`ENLACE_SESSION_IDLE_MINUTES`, `ENLACE_SESSION_ABSOLUTE_HOURS`). */
export const sessionTimeouts = (settings: Pick<Settings, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>) => ({
  idleMinutes: settings.sessionIdleMinutes,
  absoluteHours: settings.sessionAbsoluteHours,
});

/** `authenticatedAt`: when the person last proved who they are (sign-in or re-authentication). */
export type LiveSession = { user: CurrentUser; authenticatedAt: Date | null };

/** A session that owes its second factor lasts long enough to type a code or scan a QR code, no more. */
export const PENDING_SESSION_MINUTES = 10;

const minutesFrom = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** A signed-in session: the person has just proved who they are, which counts as recent authentication. */
export async function insertSession(
  db: Kysely<Schema>,
  tokenHash: Buffer,
  userId: string,
  timeouts: SessionTimeouts,
) {
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      last_seen_at: now,
      idle_expires_at: minutesFrom(now, timeouts.idleMinutes),
      absolute_expires_at: minutesFrom(now, timeouts.absoluteHours * 60),
      authenticated_at: now,
    })
    .execute();
}

/** A half-authenticated session: the password was right, and it can only complete `step`. */
export async function insertPendingSession(
  trx: Transaction<Schema>,
  tokenHash: Buffer,
  userId: string,
  step: PendingStep,
) {
  const now = new Date();
  const expires = minutesFrom(now, PENDING_SESSION_MINUTES);
  await trx
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      last_seen_at: now,
      idle_expires_at: expires,
      absolute_expires_at: expires,
      pending_step: step,
    })
    .execute();
}

/** The user of a live half-authenticated session waiting for `step`; it never slides forward. */
export async function findPendingSession(
  db: Kysely<Schema>,
  tokenHash: Buffer,
  step: PendingStep,
): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.locale'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.pending_step', '=', step)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.absolute_expires_at', '>', new Date())
    .where('users.disabled_at', 'is', null)
    .where('agencies.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, username: row.username, displayName: row.display_name, locale: row.locale };
}

/**
 * Turns a half-authenticated session into a signed-in one under a new token, so a token seen before
 * the second factor (a fixation attempt) never becomes a signed-in session. False when it expired.
 */
export async function promoteSession(
  trx: Transaction<Schema>,
  pendingHash: Buffer,
  tokenHash: Buffer,
  timeouts: SessionTimeouts,
): Promise<boolean> {
  const now = new Date();
  const promoted = await trx
    .updateTable('sessions')
    .set({
      token_hash: tokenHash,
      pending_step: null,
      authenticated_at: now,
      last_seen_at: now,
      idle_expires_at: minutesFrom(now, timeouts.idleMinutes),
      absolute_expires_at: minutesFrom(now, timeouts.absoluteHours * 60),
    })
    .where('token_hash', '=', pendingHash)
    .where('pending_step', 'is not', null)
    .where('revoked_at', 'is', null)
    .where('absolute_expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return promoted !== undefined;
}

/**
 * Records that the person behind a signed-in session proved who they are again, and moves the session
 * to a new token: a token copied before the proof never carries it. The absolute expiry stays where
 * sign-in set it. When the proof was recorded, if the session was live.
 */
export async function renewAuthentication(
  trx: Transaction<Schema>,
  tokenHash: Buffer,
  renewedHash: Buffer,
): Promise<Date | undefined> {
  const now = new Date();
  const renewed = await trx
    .updateTable('sessions')
    .set({ token_hash: renewedHash, authenticated_at: now, last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .where('pending_step', 'is', null)
    .where('revoked_at', 'is', null)
    .where('idle_expires_at', '>', now)
    .where('absolute_expires_at', '>', now)
    .returning('authenticated_at')
    .executeTakeFirst();
  return renewed?.authenticated_at ?? undefined;
}

/** Ends every live session of a user (roles changed, for example); how many there were. */
export async function revokeUserSessions(trx: Transaction<Schema>, userId: string): Promise<number> {
  const revoked = await trx
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows);
}

/**
 * How far behind the idle expiry may fall before a request writes it forward. Most requests then
 * resolve their session with a read alone (no commit to flush), and an idle session still ends within
 * this step of its exact sliding deadline.
 */
export const IDLE_SLIDE_STEP_SECONDS = 60;

/** When a request happens, and how far its session's idle expiry may slide (`IDLE_SLIDE_STEP_SECONDS`). */
export function sessionWindow(timeouts: SessionTimeouts, now = new Date()) {
  const idleExpiry = minutesFrom(now, timeouts.idleMinutes);
  const slideBefore = new Date(idleExpiry.getTime() - IDLE_SLIDE_STEP_SECONDS * 1000);
  return { now, idleExpiry, slideBefore };
}

/**
 * The columns of `enlace_session_of` (migration 0048), which holds the rules of a live session, in the
 * rows of `enlace_live_session` and of a case read's first statement.
 */
export type LiveSessionRow = {
  user_id: string;
  username: string;
  display_name: string;
  locale: SessionUser['locale'];
  authenticated_at: Date | null;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  agency_type: string;
  roles: CurrentUser['roles'];
  mfa_enrolled: boolean;
};

export const liveSessionOf = (row: LiveSessionRow): LiveSession => ({
  user: {
    id: row.user_id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale,
    agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name, agencyType: row.agency_type },
    roles: row.roles,
    mfaEnrolled: row.mfa_enrolled,
  },
  authenticatedAt: row.authenticated_at,
});

/**
 * The user behind a live signed-in session, with their agency and roles, in one round trip; slides the
 * idle timeout forward when it has fallen `IDLE_SLIDE_STEP_SECONDS` behind. Revoked, idle-expired,
 * absolutely-expired and half-authenticated sessions, disabled accounts and accounts of suspended
 * institutions yield nothing. Nothing of it is kept between requests: a revocation counts from the very
 * next one. A named prepared statement: every request runs it.
 */
export async function touchSession(
  database: Pick<Database, 'app'>,
  tokenHash: Buffer,
  timeouts: SessionTimeouts,
): Promise<LiveSession | undefined> {
  const { now, idleExpiry, slideBefore } = sessionWindow(timeouts);
  const [row] = await runPrepared<LiveSessionRow>(database.app, 'enlace_live_session', {
    sql: 'SELECT * FROM enlace_live_session($1, $2, $3, $4)',
    parameters: [tokenHash, now, idleExpiry, slideBefore],
  });
  return row && liveSessionOf(row);
}

/** Revokes a live session; the user it belonged to, or undefined when there was none. */
export async function revokeSession(db: Kysely<Schema>, tokenHash: Buffer): Promise<string | undefined> {
  const revoked = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .returning(['user_id'])
    .executeTakeFirst();
  return revoked?.user_id;
}

/** Deletes sessions that can never open again (revoked, or past either timeout); how many there were. */
export async function deleteEndedSessions(db: Kysely<Schema>, now: Date): Promise<number> {
  const deleted = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('revoked_at', 'is not', null),
        eb('idle_expires_at', '<=', now),
        eb('absolute_expires_at', '<=', now),
      ]),
    )
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
