import { describe, expect, it } from 'vitest';
import { DatabaseProblem } from '../db/errors.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';

const failure = (message: string, fields: { code?: string; syscall?: string } = {}) =>
  Object.assign(new Error(message), fields);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', failure('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' }), true],
    ['a reset connection', failure('read ECONNRESET', { code: 'ECONNRESET' }), true],
    [
      'a write to a server that died (Unix socket)',
      failure('write EPIPE', { code: 'EPIPE', syscall: 'write' }),
      true,
    ],
    [
      'a socket file not there yet',
      failure('connect ENOENT /var/x/.s.PGSQL.5432', { code: 'ENOENT', syscall: 'connect' }),
      true,
    ],
    [
      'a file not found elsewhere',
      failure('ENOENT: no such file', { code: 'ENOENT', syscall: 'open' }),
      false,
    ],
    ['an administrator shutdown', failure('terminating connection', { code: '57P01' }), true],
    ['too many connections', failure('sorry, too many clients', { code: '53300' }), true],
    ['a lost connection', failure('Connection terminated unexpectedly'), true],
    ['a pool being closed', failure('Cannot use a pool after calling end on the pool'), true],
    ['the server unreachable at start', new DatabaseProblem('server_unreachable', {}), true],
    ['a unique violation', failure('duplicate key', { code: '23505' }), false],
    ['a bug', failure('x is undefined'), false],
  ])('%s: %s', (_name, error, unavailable) => {
    expect(isDatabaseUnavailable(error)).toBe(unavailable);
  });
});
