import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from './case-actor.ts';
import {
  type CaseListCursor,
  type CaseListDirection,
  decodeCaseListCursor,
  encodeCaseListCursor,
} from './case-list-cursor.ts';
import type { caseListQuery } from './contract.ts';
import { summaryOf } from './read-case.ts';
import { listCases as selectCases } from './store.ts';

type Query = z.infer<typeof caseListQuery>;

/**
 * The cases the caller may see (row-level security decides), newest first. Lists hold no identities.
 * Pages are cut by offset or, at any depth for the same cost, by the cursors each page hands out.
 */
export async function listCases(db: Kysely<Schema>, caller: CaseCaller, query: Query) {
  const filters = { status: query.status, stateCode: query.stateCode };
  const cursor = query.cursor === undefined ? null : cursorOf(query, filters);
  const cut = cursor ? { cursor } : { offset: query.offset };
  // One case more than the page: its presence says that the list goes on in the direction of travel.
  const rows = await withActor(db, caller, (trx) => selectCases(trx, filters, query.limit + 1, cut));
  const more = rows.length > query.limit;
  const backwards = cursor?.direction === 'before';
  const page = backwards ? rows.slice(more ? 1 : 0) : rows.slice(0, query.limit);
  const [first, last] = [page[0], page.at(-1)];
  const at = (direction: CaseListDirection, row: { position: string; id: string }) =>
    encodeCaseListCursor({ direction, position: { createdAt: row.position, id: row.id } }, filters);
  const turnedFrom = (direction: CaseListDirection) =>
    cursor && encodeCaseListCursor({ direction, position: cursor.position }, filters);
  const nextCursor = backwards
    ? last
      ? at('after', last)
      : turnedFrom('after')
    : more && last
      ? at('after', last)
      : null;
  const hasPrevious = backwards ? more : cursor !== null || query.offset > 0;
  const previousCursor = !hasPrevious ? null : first ? at('before', first) : turnedFrom('before');
  return {
    items: page.map(summaryOf),
    limit: query.limit,
    offset: cursor ? 0 : query.offset,
    nextCursor: nextCursor ?? null,
    previousCursor: previousCursor ?? null,
  };
}

/** A cursor comes alone (no offset), made by this list for the same filters; anything else is 400. */
function cursorOf(query: Query, filters: { status?: string; stateCode?: string }): CaseListCursor {
  const cursor = query.offset === 0 && query.cursor ? decodeCaseListCursor(query.cursor, filters) : null;
  if (!cursor) throw new ProblemError(400, 'invalid_cursor');
  return cursor;
}
