import type { AuditEvent } from '../audit/record-audit.ts';
import type { Database } from '../db/database.ts';
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
 * the request, and slides the session's idle expiry as every request does: one prepared statement
 * (`enlace_record_in_session`). Call it before answering, so that nothing is answered unrecorded; a
 * read refused before it leaves no entry and slides nothing.
 */
export async function recordInSession(
  database: Pick<Database, 'app'>,
  opening: SessionOpening,
  session: LiveSession,
  event: AuditEvent,
): Promise<void> {
  const { now, idleExpiry, slideBefore } = sessionWindow(opening.timeouts);
  const { user } = session;
  await runPrepared(database.app, 'enlace_record_in_session', {
    sql: 'SELECT enlace_record_in_session($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
    parameters: [
      opening.tokenHash,
      now,
      idleExpiry,
      slideBefore,
      user.id,
      user.agency.id,
      user.roles,
      opening.requestId,
      event.action,
      event.recordType ?? null,
      event.recordId ?? null,
      event.reason ?? null,
      event.details ?? {},
    ],
  });
}
