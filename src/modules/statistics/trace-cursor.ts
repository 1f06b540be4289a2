import { createHash } from 'node:crypto';

/** The trace a page belongs to: a cursor made for one trace is refused by any other. */
export type TraceScope = { year: number; code: string; dimension: string | null; cell: string | null };

const VERSION = 't1';
const SEPARATOR = '~';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const checksum = (payload: string) => createHash('sha256').update(payload).digest('base64url').slice(0, 16);

const payloadOf = (unit: string, scope: TraceScope) =>
  [VERSION, unit, scope.year, scope.code, scope.dimension ?? '', scope.cell ?? ''].join(SEPARATOR);

/**
 * An opaque token for the next page: the last unit listed and the trace it belongs to, with a
 * checksum so that an edited token is refused rather than read as another position. It grants
 * nothing: the database decides again, for every row, what the caller may see.
 */
export function encodeTraceCursor(unit: string, scope: TraceScope): string {
  const payload = payloadOf(unit, scope);
  return Buffer.from(`${payload}${SEPARATOR}${checksum(payload)}`).toString('base64url');
}

/** The unit a page starts after, or null when the token is not one this trace made. */
export function decodeTraceCursor(token: string, scope: TraceScope): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) return null;
  const parts = Buffer.from(token, 'base64url').toString('utf8').split(SEPARATOR);
  const unit = parts[1];
  if (parts.length !== 7 || unit === undefined || !UUID.test(unit)) return null;
  return parts.at(-1) === checksum(payloadOf(unit, scope)) &&
    parts.slice(0, 6).join(SEPARATOR) === payloadOf(unit, scope)
    ? unit
    : null;
}
