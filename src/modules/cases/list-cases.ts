import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from './case-actor.ts';
import type { caseListQuery } from './contract.ts';
import { summaryOf } from './read-case.ts';
import { listCases as selectCases } from './store.ts';

/** The cases the caller may see (row-level security decides), newest first. Lists hold no identities. */
export async function listCases(
  db: Kysely<Schema>,
  caller: CaseCaller,
  query: z.infer<typeof caseListQuery>,
) {
  const rows = await withActor(db, caller, (trx) => selectCases(trx, query));
  return { items: rows.map(summaryOf), limit: query.limit, offset: query.offset };
}
