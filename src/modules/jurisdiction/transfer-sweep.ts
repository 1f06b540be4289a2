import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { escalateOverdueTransfers } from './escalate-overdue-transfers.ts';

/**
 * Sweeps for overdue transfer requests every `intervalMs`, one round at a time; `stop()` cancels the
 * next round and waits for the running one, so nothing is cut off mid-transaction at shutdown.
 */
export function startTransferSweep(
  db: Kysely<Schema>,
  intervalMs: number,
  onError: (error: unknown) => void,
  onRound: (outcome: 'succeeded' | 'failed') => void = () => {},
) {
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = escalateOverdueTransfers(db)
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
