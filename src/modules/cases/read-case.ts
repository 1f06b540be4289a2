import type { Kysely, Transaction } from 'kysely';
import {
  CASE_ACTIONS,
  type CaseRelation,
  mayOnCase,
  visibleFieldGroups,
} from '../../platform/access/case-access.ts';
import { type AuditEvent, auditInsert } from '../../platform/audit/record-audit.ts';
import { admitSession, recordInSession, type SessionOpening } from '../../platform/auth/session-read.ts';
import type { Database } from '../../platform/db/database.ts';
import { runPrepared } from '../../platform/db/run-prepared.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { type ActorTrip, withActorBatched } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase, authorizeFound } from './authorize-case.ts';
import { type CaseCaller, caseCaller } from './case-actor.ts';
import type { CaseView } from './contract.ts';
import {
  type AccessFactColumns,
  breakGlassExpiry,
  breakGlassExpiryQuery,
  breakGlassUntilOf,
  type CaseRow,
  caseOfOpenedRead,
  caseWithAccessFactsOf,
  caseWithAccessFactsStatement,
  type OpenedCaseRead,
  openCaseReadStatement,
} from './store.ts';

/**
 * One case as the caller may see it; every read is audited, break-glass reads with their grant. Two
 * round trips (docs/benchmarks.md, "Case read latency"): the actor's settings and the read under
 * row-level security with BEGIN, then, once the application has checked the caller's relation, the
 * audit entry with COMMIT. A refused read rolls back and leaves no entry, as before.
 */
export async function readCase(
  database: Pick<Database, 'app' | 'db'>,
  caller: CaseCaller,
  caseId: string,
): Promise<CaseView> {
  const { db } = database;
  return withActorBatched(database, caller, async (trip) => {
    const [read] = await trip([caseWithAccessFactsStatement(caseId, caller.userId).compile(db)]);
    const found = caseWithAccessFactsOf(read?.[0] as (CaseRow & AccessFactColumns) | undefined);
    const { row, relation } = authorizeFound(caller, found, 'case.read');
    const breakGlassUntil =
      relation === 'break_glass' ? await breakGlassUntilIn(trip, db, caseId, caller.userId) : null;
    return {
      result: viewOf(row, relation, breakGlassUntil, caller),
      withCommit: [auditInsert(db, readEntry(caseId, relation)).compile()],
    };
  });
}

/**
 * The same audited read for a request whose session its first statement resolves (migration 0048): two
 * prepared statements, each its own transaction. The first finds the session, the case and the facts of
 * the caller's relation to it, and writes nothing; the application checks that relation; the second
 * commits the audit entry before the view is answered. 401 without a live session, before anything is
 * read for anyone; a read refused by the request limits or by the application's check leaves no entry.
 */
export async function readCaseInSession(
  database: Pick<Database, 'app'>,
  opening: SessionOpening,
  caseId: string,
): Promise<CaseView> {
  const rows = await runPrepared<OpenedCaseRead>(
    database.app,
    'enlace_open_case_read',
    openCaseReadStatement(opening, caseId),
  );
  const { session, row: opened } = await admitSession(opening, rows[0]);
  const caller = caseCaller(session.user, opening.requestId);
  const found = caseWithAccessFactsOf(caseOfOpenedRead(opened));
  const { row, relation } = authorizeFound(caller, found, 'case.read');
  const breakGlassUntil =
    relation === 'break_glass' ? breakGlassUntilOf({ until: opened.breakGlassUntil }) : null;
  const view = viewOf(row, relation, breakGlassUntil, caller);
  await recordInSession(database, opening, session, readEntry(caseId, relation));
  return view;
}

const readEntry = (caseId: string, relation: CaseRelation): AuditEvent => ({
  action: 'case.read',
  recordType: 'case',
  recordId: caseId,
  details: { relation },
});

async function breakGlassUntilIn(trip: ActorTrip, db: Kysely<Schema>, caseId: string, userId: string) {
  const [grant] = await trip([breakGlassExpiryQuery(db, caseId, userId).compile()]);
  return breakGlassUntilOf(grant?.[0] as { until: Date | null } | undefined);
}

/** The view itself, inside the caller's transaction; 404 unless the caller may read the case. */
export async function caseView(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  caseId: string,
): Promise<CaseView> {
  const { row, relation } = await authorizeCase(trx, caller, caseId, 'case.read');
  const breakGlassUntil =
    relation === 'break_glass' ? await breakGlassExpiry(trx, caseId, caller.userId) : null;
  return viewOf(row, relation, breakGlassUntil, caller);
}

function viewOf(row: CaseRow, relation: CaseRelation, breakGlassUntil: string | null, caller: CaseCaller) {
  // Unreachable after the application's check; narrows the type for the view.
  if (relation === 'none' || relation === 'walled') throw notFound();
  return {
    ...summaryOf(row),
    relation,
    breakGlassUntil,
    visibleGroups: visibleFieldGroups(caller.roles, relation),
    allowedActions: CASE_ACTIONS.filter((action) => mayOnCase(caller.roles, relation, action)),
  };
}

export const summaryOf = (row: CaseRow) => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  stateCode: row.stateCode,
  municipality: row.municipality,
  openedOn: row.openedOn,
  owningAgency: { code: row.owningAgencyCode, name: row.owningAgencyName },
  version: row.version,
});
