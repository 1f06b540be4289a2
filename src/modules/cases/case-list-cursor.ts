import { createHash } from 'node:crypto';

/** Where a page starts: the case it starts after (or before, going back) in the list's order. */
export type CaseListPosition = { createdAt: string; id: string };
export type CaseListDirection = 'after' | 'before';
export type CaseListFilters = { status?: string | undefined; stateCode?: string | undefined };
export type CaseListCursor = { direction: CaseListDirection; position: CaseListPosition };

const VERSION = 'c1';
const SEPARATOR = '~';
// Microseconds, as PostgreSQL keeps them: a millisecond would skip or repeat cases opened in the same one.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DIRECTIONS: Record<string, CaseListDirection> = { a: 'after', b: 'before' };

const checksum = (payload: string) => createHash('sha256').update(payload).digest('base64url').slice(0, 16);

const payloadOf = ({ direction, position }: CaseListCursor, filters: CaseListFilters) =>
  [
    VERSION,
    direction === 'after' ? 'a' : 'b',
    position.createdAt,
    position.id,
    filters.status ?? '',
    filters.stateCode ?? '',
  ].join(SEPARATOR);

/**
 * An opaque token for the next or previous page: a case's creation instant and id (no personal data)
 * and the filters it was made for, with a checksum so that a damaged or edited token is refused
 * rather than read as another position. It grants nothing: row-level security decides every row.
 */
export function encodeCaseListCursor(cursor: CaseListCursor, filters: CaseListFilters): string {
  const payload = payloadOf(cursor, filters);
  return Buffer.from(`${payload}${SEPARATOR}${checksum(payload)}`).toString('base64url');
}

/** A real UTC instant with microseconds: 30 February is refused here, not by the database. */
function isInstant(text: string): boolean {
  if (!INSTANT.test(text)) return false;
  const parsed = new Date(text);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === text.slice(0, 19);
}

/** The cursor, or null when it is not one this list made for these filters. */
export function decodeCaseListCursor(token: string, filters: CaseListFilters): CaseListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) return null;
  const parts = Buffer.from(token, 'base64url').toString('utf8').split(SEPARATOR);
  if (parts.length !== 7) return null;
  const [version, direction, createdAt, id, status, stateCode, sum] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const payload = parts.slice(0, 6).join(SEPARATOR);
  if (version !== VERSION || sum !== checksum(payload)) return null;
  const chosen = DIRECTIONS[direction];
  if (!chosen || !isInstant(createdAt) || !UUID.test(id)) return null;
  if (status !== (filters.status ?? '') || stateCode !== (filters.stateCode ?? '')) return null;
  return { direction: chosen, position: { createdAt, id } };
}
