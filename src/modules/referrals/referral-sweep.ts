import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { escalateOverdueProtection } from '../follow-up/escalate-overdue-protection.ts';
import { escalateOverdueReferrals } from './escalate-overdue-referrals.ts';
import { remindPendingReferrals } from './remind-pending-referrals.ts';

/**
 * Reminds halfway and escalates past the deadline every `intervalMs` (referrals, then the follow-up of
 * protection measures), one round at a time, reporting each round's outcome; `stop()` cancels the next round and waits for the running one, as the transfer sweep does.
 */
export function startReferralSweep(
  db: Kysely<Schema>,
  intervalMs: number,
  onError: (error: unknown) => void,
  onRound: (outcome: 'succeeded' | 'failed') => void = () => {},
) {
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = remindPendingReferrals(db)
      .then(() => escalateOverdueReferrals(db))
      .then(() => escalateOverdueProtection(db))
      .then(
        () => onRound('succeeded'),
        (error) => {
          onRound('failed');
          onError(error);
        },
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
