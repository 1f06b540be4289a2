import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

export type SessionUser = { id: string; username: string; displayName: string; locale: 'es-MX' | 'en' };
export type SessionTimeouts = { idleMinutes: number; absoluteHours: number };

const minutesFrom = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

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
    })
    .execute();
}

/**
 * The user behind a live session, sliding its idle timeout forward. Revoked, idle-expired,
 * absolutely-expired sessions and disabled accounts yield nothing.
 */
export async function touchSession(
  db: Kysely<Schema>,
  tokenHash: Buffer,
  timeouts: SessionTimeouts,
): Promise<SessionUser | undefined> {
  const now = new Date();
  const row = await db
    .updateTable('sessions')
    .from('users')
    .set({ last_seen_at: now, idle_expires_at: minutesFrom(now, timeouts.idleMinutes) })
    .whereRef('users.id', '=', 'sessions.user_id')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.idle_expires_at', '>', now)
    .where('sessions.absolute_expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .returning(['users.id', 'users.username', 'users.display_name', 'users.locale'])
    .executeTakeFirst();
  return row && { id: row.id, username: row.username, displayName: row.display_name, locale: row.locale };
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
