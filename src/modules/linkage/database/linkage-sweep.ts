import type { Kysely } from 'kysely';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { refreshLinkage } from './refresh-linkage.ts';

/**
 * Links new and changed survivor records every `intervalMs`, one run at a time; `stop()` cancels the
 * next run and waits for the running one, as the transfer and referral sweeps do.
 */
export function startLinkageSweep(
  db: Kysely<Schema>,
  keyRing: KeyRing,
  intervalMs: number,
  onError: (error: unknown) => void,
) {
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = refreshLinkage(db, keyRing)
      .catch(onError)
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
