import type { Kysely } from 'kysely';
import { purgeSignInData, type SignInPurge } from '../auth/purge-sign-in-data.ts';
import type { Schema } from '../db/schema.ts';

/** Pair and address counters are forgotten after a day; purging every hour keeps the tables small. */
export const MAINTENANCE_INTERVAL_MS = 60 * 60_000;

type MaintenanceOptions = {
  intervalMs?: number;
  onPurged?: (purge: SignInPurge) => void;
  onError?: (error: unknown) => void;
};

/**
 * Purges stale sign-in data at start and then every `intervalMs`. Every Enlace process may run it: the
 * deletes only remove rows that no longer matter, whoever gets there first. `stop()` clears the
 * interval and waits for a round under way, so the database is not closed beneath it.
 */
export function startMaintenance(db: Kysely<Schema>, options: MaintenanceOptions = {}) {
  const { intervalMs = MAINTENANCE_INTERVAL_MS, onPurged = () => {}, onError = () => {} } = options;
  let round: Promise<void> | undefined;
  const run = () => {
    round ??= purgeSignInData(db)
      .then(onPurged)
      .catch(onError)
      .finally(() => {
        round = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await round;
    },
  };
}
