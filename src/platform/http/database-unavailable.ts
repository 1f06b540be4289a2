import { DatabaseProblem } from '../db/errors.ts';

/**
 * The database cannot be reached or is going away: refused or broken connections (over TCP, or over the
 * embedded server's Unix socket, where a write to a server that died fails with EPIPE and a socket file
 * not there yet with ENOENT on connect), a shutdown, too many connections, a lost connection.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08006',
]);

type FailedCall = Error & { code?: string; syscall?: string };

/** Whether a failure means the database is unavailable (503), rather than a bug (500). */
export function isDatabaseUnavailable(error: FailedCall): boolean {
  if (error instanceof DatabaseProblem) return true;
  if (error.code && UNAVAILABLE_CODES.has(error.code)) return true;
  if (error.code === 'ENOENT' && error.syscall === 'connect') return true;
  return /Connection terminated|connection timeout|Cannot use a pool after calling end/i.test(error.message);
}
