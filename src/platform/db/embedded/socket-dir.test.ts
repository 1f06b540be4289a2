import { describe, expect, test } from 'vitest';
import { socketDirOf } from './socket-dir.ts';

describe('the folder of the embedded server socket', () => {
  test.each([
    ['a usual data folder', '/var/lib/enlace/data', '/var/lib/enlace/data/socket'],
    ['a relative data folder, made absolute', 'var', `${process.cwd()}/var/socket`],
    ['a path as long as a socket allows', `/${'d'.repeat(84)}`, `/${'d'.repeat(84)}/socket`],
    ['a path one character too long', `/${'d'.repeat(85)}`, undefined],
    ['a comma, which PostgreSQL reads as a list separator', '/srv/datos,viejos', undefined],
    ['a double quote', '/srv/"datos"', undefined],
  ])('%s', (_name, dataDir, expected) => {
    expect(socketDirOf(dataDir)).toBe(expected);
  });
});
