import { type Kysely, sql, type Transaction } from 'kysely';
import type { CaseAccessFacts } from '../../platform/access/case-access.ts';
import type { LiveSessionRow } from '../../platform/auth/session-store.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseListCursor } from './case-list-cursor.ts';
import type { CaseStatus } from './schema.ts';

type Trx = Transaction<Schema>;

export const insertCase = (
  trx: Trx,
  row: {
    reference: string;
    agencyId: string;
    stateCode: string;
    municipality: string | null;
    openedOn: string;
  },
) =>
  trx
    .insertInto('cases')
    .values({
      reference: row.reference,
      opened_by_agency_id: row.agencyId,
      owning_agency_id: row.agencyId,
      state_code: row.stateCode,
      municipality: row.municipality,
      opened_on: row.openedOn,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();

/** Case rows as the caller may see them: row-level security has already left out the others. */
const caseSelect = (trx: Trx) =>
  trx
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.owning_agency_id')
    .select([
      'cases.id',
      'cases.reference',
      'cases.status',
      'cases.state_code as stateCode',
      'cases.municipality',
      sql<string>`to_char(cases.opened_on, 'YYYY-MM-DD')`.as('openedOn'),
      'cases.version',
      'cases.owning_agency_id as owningAgencyId',
      'cases.opened_by_agency_id as openedByAgencyId',
      'agencies.code as owningAgencyCode',
      'agencies.name as owningAgencyName',
    ]);

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export const findCase = (trx: Trx, id: string) =>
  caseSelect(trx).where('cases.id', '=', id).executeTakeFirst();

/**
 * Each way a case can be visible (enlace_case_visible: owned, opened, or shared, assigned or opened by
 * break-glass), as disjoint conditions the indexes of migration 0019 can serve. Row-level security still
 * decides every row; these only say where to look.
 */
const REACHES = [
  sql<boolean>`cases.owning_agency_id = enlace_actor_agency()`,
  // Stated as the partial index's predicate, so that the planner can use it.
  sql<boolean>`cases.opened_by_agency_id = enlace_actor_agency() AND cases.owning_agency_id <> cases.opened_by_agency_id`,
  sql<boolean>`cases.owning_agency_id <> enlace_actor_agency() AND cases.opened_by_agency_id <> enlace_actor_agency()
    AND cases.id IN (SELECT case_id FROM case_shares WHERE agency_id = enlace_actor_agency()
      UNION ALL SELECT case_id FROM case_assignments WHERE user_id = enlace_actor_user()
      UNION ALL SELECT case_id FROM break_glass_grants WHERE user_id = enlace_actor_user())`,
];

/** Where a page of the list is cut: `offset` cases in, or just after (before) a case a cursor names. */
export type CaseListCut = { offset: number } | { cursor: CaseListCursor };

/**
 * The cases past a cursor's position in list order (newest first, then by id), or before it going
 * back. The first condition repeats the second's bound on `created_at` alone, so the index of each
 * branch starts at the position instead of reading everything before it.
 */
const pastPosition = ({ direction, position }: CaseListCursor) => {
  const at = sql`${position.createdAt}::timestamptz`;
  return direction === 'after'
    ? sql<boolean>`cases.created_at <= ${at} AND (cases.created_at < ${at} OR cases.id > ${position.id}::uuid)`
    : sql<boolean>`cases.created_at >= ${at} AND (cases.created_at > ${at} OR cases.id < ${position.id}::uuid)`;
};

/**
 * The caller's cases, newest first. The row-level security check is a function PostgreSQL cannot see
 * into, so "every case, newest first" would run it on every case in the country before sorting (seconds
 * at a million people: docs/benchmarks.md). Each branch instead walks one relation's cases in index
 * order and stops after the visible ones the page needs; the page is cut from their union. With an
 * offset that is `offset + limit` per branch (deep pages check every case before them); with a cursor,
 * `limit` from the cursor's position on, however deep. Going back (`before`), the branches walk
 * the other way and the page is turned round.
 */
export const listCases = async (
  trx: Trx,
  filters: { status?: CaseStatus; stateCode?: string },
  limit: number,
  cut: CaseListCut,
) => {
  const cursor = 'cursor' in cut ? cut.cursor : null;
  const offset = 'offset' in cut ? cut.offset : 0;
  const backwards = cursor?.direction === 'before';
  const newestFirst = backwards ? 'asc' : 'desc';
  const byId = backwards ? 'desc' : 'asc';
  const branches = REACHES.map((reach) => {
    let query = caseSelect(trx)
      .select([
        'cases.created_at as createdAt',
        sql<string>`to_char(cases.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'position',
        ),
      ])
      .where(reach);
    if (filters.status) query = query.where('cases.status', '=', filters.status);
    if (filters.stateCode) query = query.where('cases.state_code', '=', filters.stateCode);
    if (cursor) query = query.where(pastPosition(cursor));
    const ordered = query
      .orderBy('cases.created_at', newestFirst)
      .orderBy('cases.id', byId)
      .limit(offset + limit);
    return trx.selectFrom(ordered.as('branch')).selectAll();
  });
  const rows = await trx
    .selectFrom(branches.reduce((all, branch) => all.unionAll(branch)).as('reachable'))
    .selectAll()
    .orderBy('reachable.createdAt', newestFirst)
    .orderBy('reachable.id', byId)
    .limit(limit)
    .offset(offset)
    .execute();
  return backwards ? rows.reverse() : rows;
};

/** The shares, assignments, walls and break-glass grants that decide a caller's relation to a case. */
const accessFactColumns = (caseId: string, userId: string) => [
  sql<string[]>`coalesce((SELECT array_agg(agency_id::text) FROM case_shares
    WHERE case_id = ${caseId} AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())), '{}')`.as(
    'shared',
  ),
  sql<
    string[]
  >`coalesce((SELECT array_agg(user_id::text) FROM case_assignments WHERE case_id = ${caseId}), '{}')`.as(
    'assigned',
  ),
  sql<boolean>`enlace_actor_walled_from(${caseId})`.as('walled'),
  sql<boolean>`EXISTS (SELECT 1 FROM break_glass_grants
    WHERE case_id = ${caseId} AND user_id = ${userId} AND expires_at > now())`.as('breakGlass'),
];

export type AccessFactColumns = {
  shared: string[];
  assigned: string[];
  walled: boolean;
  breakGlass: boolean;
};

const factsOf = (row: CaseRow, facts: AccessFactColumns): CaseAccessFacts => ({
  owningAgencyId: row.owningAgencyId,
  openedByAgencyId: row.openedByAgencyId,
  sharedWithAgencyIds: facts.shared,
  assignedUserIds: facts.assigned,
  walled: facts.walled,
  breakGlassActive: facts.breakGlass,
});

/** What decides the caller's relation to a visible case, read in the caller's own transaction. */
export async function accessFacts(trx: Trx, row: CaseRow, userId: string): Promise<CaseAccessFacts> {
  const facts = await trx.selectNoFrom(accessFactColumns(row.id, userId)).executeTakeFirstOrThrow();
  return factsOf(row, facts);
}

/**
 * A visible case with what decides the caller's relation to it, in one statement. The statement is a
 * PL/pgSQL function (migration 0038) so that PostgreSQL keeps its plan instead of planning the case
 * policies on every read; it reads as the caller, under row-level security. Its columns are
 * `caseSelect`'s: test/access/case-access-facts.db.test.ts holds the two answers equal.
 */
export const caseWithAccessFactsStatement = (id: string, userId: string) =>
  sql<CaseRow & AccessFactColumns>`SELECT * FROM enlace_case_with_access_facts(${id}, ${userId})`;

/**
 * The row of a case read's first statement (`enlace_open_case_read`, migration 0048): the session, then
 * `enlace_case_with_access_facts`'s columns, all null when the actor may not see the case, and the end of
 * the actor's live break-glass grant, when the actor has one.
 */
export type OpenedCaseRead = LiveSessionRow &
  Nullable<CaseRow & AccessFactColumns> & { breakGlassUntil: Date | null };

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** A case read's first statement: the session behind `tokenHash`, then the case as that session may see it. */
export const openCaseReadStatement = (opening: { tokenHash: Buffer; requestId: string }, caseId: string) => ({
  sql: 'SELECT * FROM enlace_open_case_read($1, $2, $3, $4)',
  parameters: [opening.tokenHash, new Date(), opening.requestId, caseId],
});

/** The case of an opened read, with its access facts, or undefined when the actor may not see it. */
export function caseOfOpenedRead(opened: OpenedCaseRead): (CaseRow & AccessFactColumns) | undefined {
  const { id, reference, status, stateCode, municipality, openedOn, version, owningAgencyId } = opened;
  const { openedByAgencyId, owningAgencyCode, owningAgencyName, shared, assigned, walled, breakGlass } =
    opened;
  if (id === null) return undefined;
  return {
    id,
    reference: reference!,
    status: status!,
    stateCode: stateCode!,
    municipality,
    openedOn: openedOn!,
    version: version!,
    owningAgencyId: owningAgencyId!,
    openedByAgencyId: openedByAgencyId!,
    owningAgencyCode: owningAgencyCode!,
    owningAgencyName: owningAgencyName!,
    shared: shared!,
    assigned: assigned!,
    walled: walled!,
    breakGlass: breakGlass!,
  };
}

/** The row of `enlace_case_with_access_facts`, split into the case and its access facts. */
export function caseWithAccessFactsOf(
  found: (CaseRow & AccessFactColumns) | undefined,
): { row: CaseRow; facts: CaseAccessFacts } | undefined {
  if (!found) return undefined;
  const { shared, assigned, walled, breakGlass, ...row } = found;
  return { row, facts: factsOf(row, { shared, assigned, walled, breakGlass }) };
}

export async function findCaseWithAccessFacts(trx: Trx, id: string, userId: string) {
  const { rows } = await caseWithAccessFactsStatement(id, userId).execute(trx);
  return caseWithAccessFactsOf(rows[0]);
}

export const insertShare = (
  trx: Trx,
  share: { caseId: string; agencyId: string; reason: string; sharedBy: string; expiresAt: string | null },
) =>
  trx
    .insertInto('case_shares')
    .values({
      case_id: share.caseId,
      agency_id: share.agencyId,
      reason: share.reason,
      shared_by: share.sharedBy,
      expires_at: share.expiresAt ? new Date(share.expiresAt) : null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();

export const insertBreakGlass = (
  trx: Trx,
  grant: { caseId: string; userId: string; reason: string; expiresAt: Date },
) =>
  trx
    .insertInto('break_glass_grants')
    .values({
      case_id: grant.caseId,
      user_id: grant.userId,
      reason: grant.reason,
      expires_at: grant.expiresAt,
    })
    .execute();

export const insertWall = (
  trx: Trx,
  wall: {
    caseId: string;
    agencyId?: string;
    userId?: string;
    cause: 'official_suspect' | 'conflict_of_interest';
  },
) =>
  trx
    .insertInto('case_walls')
    .values({
      case_id: wall.caseId,
      agency_id: wall.agencyId ?? null,
      user_id: wall.userId ?? null,
      cause: wall.cause,
    })
    .execute();

/** When the caller's break-glass access to a case ends, if they hold one. */
export const breakGlassExpiryQuery = (db: Kysely<Schema>, caseId: string, userId: string) =>
  db
    .selectFrom('break_glass_grants')
    .select((eb) => eb.fn.max('expires_at').as('until'))
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date());

/** The answer of `breakGlassExpiryQuery` as an instant, or null without a live grant. */
export const breakGlassUntilOf = (row: { until: Date | string | null } | undefined) =>
  row?.until ? new Date(row.until).toISOString() : null;

export const breakGlassExpiry = (trx: Trx, caseId: string, userId: string) =>
  breakGlassExpiryQuery(trx, caseId, userId).executeTakeFirst().then(breakGlassUntilOf);
