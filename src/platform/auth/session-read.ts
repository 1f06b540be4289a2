import type pg from 'pg';
import type { AuditEvent } from '../audit/record-audit.ts';
import type { Database } from '../db/database.ts';
import { groupCommit } from '../db/group-commit.ts';
import { runPrepared } from '../db/run-prepared.ts';
import { unauthenticated } from '../http/problem.ts';
import {
  type LiveSession,
  type LiveSessionRow,
  liveSessionOf,
  type SessionTimeouts,
  sessionWindow,
} from './session-store.ts';

/**
 * A read that resolves its request's session in its own first statement (a case read:
 * `readCaseInSession`) instead of a statement of its own before it.
 */
export type SessionOpening = {
  tokenHash: Buffer;
  timeouts: SessionTimeouts;
  requestId: string;
  /** Runs once the session is known, before the read is answered; throws to refuse (the request limits). */
  admit: (session: LiveSession) => Promise<void>;
};

/**
 * The session a read's first statement found (its row carries `enlace_session_of`'s columns, migration
 * 0048), once admitted, and that row; 401 when it found none. A revoked session is refused on its very
 * next request, as everywhere.
 */
export async function admitSession<Row extends LiveSessionRow>(
  opening: SessionOpening,
  row: Row | undefined,
): Promise<{ session: LiveSession; row: Row }> {
  if (!row) throw unauthenticated();
  const session = liveSessionOf(row);
  await opening.admit(session);
  return { session, row };
}

/**
 * Commits the audit entry of a read answered in session, naming the session's user, agency, roles and
 * the request, and slides the session's idle expiry as every request does. Call it before answering:
 * it resolves only once the entry has committed, so nothing is answered unrecorded; a read refused
 * before it leaves no entry and slides nothing. Entries of reads that finish together commit together
 * (`enlace_record_in_sessions`, migration 0050): one commit for many reads under load.
 */
export function recordInSession(
  database: Pick<Database, 'app'>,
  opening: SessionOpening,
  session: LiveSession,
  event: AuditEvent,
): Promise<void> {
  const { idleExpiry, slideBefore } = sessionWindow(opening.timeouts);
  const { user } = session;
  return committerOf(database.app)({
    tokenHash: opening.tokenHash,
    idleExpiry,
    slideBefore,
    actor: user.id,
    actorAgency: user.agency.id,
    actorRoles: user.roles.join(','),
    requestId: opening.requestId,
    event,
  });
}

/** An entry waiting for its commit, with its read's session and that read's window. */
type EntryInSession = {
  tokenHash: Buffer;
  idleExpiry: Date;
  slideBefore: Date;
  actor: string;
  actorAgency: string;
  actorRoles: string;
  requestId: string;
  event: AuditEvent;
};

/** `enlace_record_in_sessions`'s arguments: the entries column by column, then each session once. */
function recordArguments(entries: EntryInSession[]): unknown[] {
  const latest = new Map<string, EntryInSession>();
  for (const entry of entries) latest.set(entry.tokenHash.toString('hex'), entry);
  const sessions = [...latest.values()];
  return [
    entries.map((entry) => entry.actor),
    entries.map((entry) => entry.actorAgency),
    entries.map((entry) => entry.actorRoles),
    entries.map((entry) => entry.requestId),
    entries.map((entry) => entry.event.action),
    entries.map((entry) => entry.event.recordType ?? null),
    entries.map((entry) => entry.event.recordId ?? null),
    entries.map((entry) => entry.event.reason ?? null),
    entries.map((entry) => JSON.stringify(entry.event.details ?? {})),
    sessions.map((entry) => entry.tokenHash),
    new Date(),
    sessions.map((entry) => entry.idleExpiry),
    sessions.map((entry) => entry.slideBefore),
  ];
}

/**
 * Commits of entries that may run at once (docs/benchmarks.md, "Audit entries in one commit"): with one,
 * a read that finishes during a slow commit (a flush of the write-ahead log behind other writes) waits
 * for two; with many, reads under load seldom share one.
 */
export const AUDIT_COMMITS_IN_FLIGHT = 2;

/** Enough to keep one commit's statement small while a burst of reads waits for it. */
const MAX_ENTRIES_PER_COMMIT = 100;

/** One committer per pool, so that entries of the same database share commits and others never do. */
const committers = new WeakMap<pg.Pool, (entry: EntryInSession) => Promise<void>>();

function committerOf(pool: pg.Pool) {
  let committer = committers.get(pool);
  if (!committer) {
    committer = groupCommit<EntryInSession>(
      async (entries) => {
        await runPrepared(pool, 'enlace_record_in_sessions', {
          sql: 'SELECT enlace_record_in_sessions($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
          parameters: recordArguments(entries),
        });
      },
      {
        maxInFlight: AUDIT_COMMITS_IN_FLIGHT,
        maxBatch: MAX_ENTRIES_PER_COMMIT,
        refusedContent: isRefusedValue,
      },
    );
    committers.set(pool, committer);
  }
  return committer;
}

/**
 * PostgreSQL refused a value of the batch (a data exception, class 22, or a broken constraint, class
 * 23): it answered with the error, so that statement's transaction committed nothing.
 */
function isRefusedValue(error: unknown): boolean {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && /^2[23]/.test(code);
}
