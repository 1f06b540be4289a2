import type { Kysely } from 'kysely';
import { createAgency } from '../../platform/access/create-agency.ts';
import { createUser } from '../../platform/auth/create-user.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { DEMO_ACCOUNTS, DEMO_AGENCIES, DEMO_PASSWORD } from './demo-accounts.ts';

export type DemoLoadResult = { created: number; total: number };

const alreadyThere = (error: unknown, code: string) => error instanceof ProblemError && error.code === code;

/** Idempotent: institutions and accounts that exist are left as they are. */
export async function loadDemo(db: Kysely<Schema>, onProgress?: (done: number, total: number) => void) {
  const total = DEMO_AGENCIES.length + DEMO_ACCOUNTS.length;
  let done = 0;
  for (const agency of DEMO_AGENCIES) {
    await createAgency(db, agency).catch((error) => {
      if (!alreadyThere(error, 'agency_code_taken')) throw error;
    });
    onProgress?.(++done, total);
  }
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    try {
      await createUser(db, { ...account, password: DEMO_PASSWORD });
      created++;
    } catch (error) {
      if (!alreadyThere(error, 'username_taken')) throw error;
    }
    onProgress?.(++done, total);
  }
  return { created, total: DEMO_ACCOUNTS.length } satisfies DemoLoadResult;
}
