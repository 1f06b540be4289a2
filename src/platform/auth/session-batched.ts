import type { Database } from '../db/database.ts';
import {
  type ActorTrip,
  type BatchedOutcome,
  type BatchStatement,
  withOpeningBatched,
} from '../db/with-actor.ts';
import { unauthenticated } from '../http/problem.ts';
import {
  type LiveSession,
  type LiveSessionRow,
  liveSessionOf,
  type SessionTimeouts,
  sessionWindow,
} from './session-store.ts';

/** A request that resolves its session inside its own transaction (`withSessionBatched`). */
export type SessionOpening = {
  tokenHash: Buffer;
  timeouts: SessionTimeouts;
  requestId: string;
  /** Runs once the session is known, before the work goes on; throws to refuse (the request limits). */
  admit: (session: LiveSession) => Promise<void>;
};

/**
 * The live session (migration 0047's function, the same rules as every other request's) and, from its
 * row, the actor's settings that row-level security and the audit log read. Without a live session
 * nothing is set, and the transaction's statements run as nobody: they see no case.
 */
const sessionActorStatement = (opening: SessionOpening): BatchStatement => {
  const { now, idleExpiry, slideBefore } = sessionWindow(opening.timeouts);
  return {
    sql: `SELECT live.*,
      set_config('enlace.user_id', live.id::text, true),
      set_config('enlace.agency_id', live.agency_id::text, true),
      set_config('enlace.roles', array_to_string(live.roles, ','), true),
      set_config('enlace.request_id', $5, true)
    FROM enlace_live_session(decode($1, 'hex'), $2, $3, $4) AS live`,
    parameters: [opening.tokenHash.toString('hex'), now, idleExpiry, slideBefore, opening.requestId],
  };
};

/**
 * A batched transaction (`withActorBatched`) whose actor is the request's session, resolved in the
 * transaction's first message with `first`, the work's first statements: one round trip fewer than
 * resolving the session on its own. Without a live session, 401 and nothing kept; `admit` decides next,
 * then `then` goes on as the session's user. A revoked session is refused on its very next request, as
 * everywhere. A refused request rolls back, so it leaves no audit entry and does not slide its
 * session's idle expiry.
 */
export async function withSessionBatched<T>(
  database: Pick<Database, 'app'>,
  opening: SessionOpening,
  first: readonly BatchStatement[],
  then: (
    session: LiveSession,
    rows: Record<string, unknown>[][],
    trip: ActorTrip,
  ) => Promise<BatchedOutcome<T>>,
): Promise<T> {
  let session: LiveSession | undefined;
  const opened = async ([row]: Record<string, unknown>[]) => {
    if (!row) throw unauthenticated();
    session = liveSessionOf(row as LiveSessionRow);
    await opening.admit(session);
  };
  return withOpeningBatched(database, { statement: sessionActorStatement(opening), opened }, async (trip) => {
    const rows = await trip(first);
    return then(session!, rows, trip);
  });
}
