import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { deleteEndedSessions } from './session-store.ts';
import { forgottenBefore, knownAddressSince, THROTTLE_RULES, type ThrottleScope } from './throttle-policy.ts';

export type SignInPurge = { throttleCounters: number; knownAddresses: number; sessions: number };

const SCOPES = Object.keys(THROTTLE_RULES) as ThrottleScope[];

/**
 * Deletes the sign-in rows that no longer decide anything, so the tables do not grow with every
 * attempt ever made. What still matters comes from the throttling policy itself: a counter stands at
 * zero once its scope forgot it (pair and address: idle past their memory) or when it holds no failure,
 * and a wait still running is kept whatever its age. Account counters keep their failures until a
 * successful sign-in (NIST SP 800-63B §5.2.2), so age alone never deletes them. An address stops being
 * known to an account after KNOWN_ADDRESS_DAYS, and a session ends at revocation or either timeout.
 */
export async function purgeSignInData(db: Kysely<Schema>, now = new Date()): Promise<SignInPurge> {
  const counters = await db
    .deleteFrom('sign_in_throttle')
    .where((eb) => {
      const forgotten = SCOPES.flatMap((scope) => {
        const before = forgottenBefore(scope, now);
        return before ? [eb.and([eb('scope', '=', scope), eb('last_failure_at', '<', before)])] : [];
      });
      return eb.and([
        eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]),
        eb.or([eb('failures', '=', 0), ...forgotten]),
      ]);
    })
    .executeTakeFirst();
  const addresses = await db
    .deleteFrom('sign_in_known_addresses')
    .where('last_success_at', '<=', knownAddressSince(now))
    .executeTakeFirst();
  return {
    throttleCounters: Number(counters.numDeletedRows),
    knownAddresses: Number(addresses.numDeletedRows),
    sessions: await deleteEndedSessions(db, now),
  };
}
