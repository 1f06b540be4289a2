import type { Kysely } from 'kysely';
import { createUser } from '../../platform/auth/create-user.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';

export type DemoLoadResult = { created: number; total: number };

/** Idempotent: accounts that exist are left as they are. */
export async function loadDemo(db: Kysely<Schema>, onProgress?: (done: number, total: number) => void) {
  let created = 0;
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    try {
      await createUser(db, { ...account, password: DEMO_PASSWORD });
      created++;
    } catch (error) {
      if (!(error instanceof ProblemError && error.code === 'username_taken')) throw error;
    }
    onProgress?.(index + 1, DEMO_ACCOUNTS.length);
  }
  return { created, total: DEMO_ACCOUNTS.length } satisfies DemoLoadResult;
}
