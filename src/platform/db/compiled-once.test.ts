import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from './compiled-once.ts';
import type { Schema } from './schema.ts';

const db = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

type Values = { tokenHash: Buffer; now: Date };
const build = ({ tokenHash, now }: Values) =>
  db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('idle_expires_at', '>', now)
    .where('pending_step', '=', 'enrolment');

describe('compiledOnce', () => {
  const compiled = compiledOnce<Values, unknown>(['tokenHash', 'now'], build);

  it.each([
    [Buffer.from('a'), new Date('2026-11-30T10:00:00Z')],
    [Buffer.from('b'), new Date('2026-11-30T11:00:00Z')],
  ])('gives what a fresh compile gives, call after call (%#)', (tokenHash, now) => {
    const fresh = build({ tokenHash, now }).compile();
    const once = compiled({ tokenHash, now });
    expect(once.sql).toBe(fresh.sql);
    expect(once.parameters).toEqual(fresh.parameters);
  });

  it('keeps the constants the query itself holds', () => {
    const once = compiled({ tokenHash: Buffer.from('c'), now: new Date(0) });
    expect(once.parameters).toContain('enrolment');
  });

  it('refuses a value the query never uses', () => {
    const unused = compiledOnce<Values & { extra: string }, unknown>(['tokenHash', 'now', 'extra'], build);
    expect(() => unused({ tokenHash: Buffer.from('d'), now: new Date(0), extra: 'x' })).toThrow(/extra/);
  });
});
