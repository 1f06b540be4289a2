import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { escalateOverdueReferrals } from './escalate-overdue-referrals.ts';
import { remindPendingReferrals } from './remind-pending-referrals.ts';

/**
 * Reminds halfway and escalates past the deadline every `intervalMs`, one round at a time; `stop()`
 * cancels the next round and waits for the running one, as the transfer sweep does.
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
