import { DatabaseProblem } from './errors.ts';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNRESET',
]);

/** Maps a failed first connection to a problem the operator can act on. */
export function connectionProblem(error: unknown, where: { host: string; port: number; database: string }) {
  const code = (error as { code?: string }).code ?? '';
  const params = { host: where.host, port: where.port, database: where.database };
  if (UNREACHABLE.has(code)) return new DatabaseProblem('server_unreachable', params, { cause: error });
  if (code === '28P01' || code === '28000') {
    return new DatabaseProblem('authentication_failed', params, { cause: error });
  }
  if (code === '3D000') return new DatabaseProblem('database_missing', params, { cause: error });
  if (/timeout/i.test(String((error as Error).message))) {
    return new DatabaseProblem('server_unreachable', params, { cause: error });
  }
  return error;
}
