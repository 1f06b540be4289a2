import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { chainHash, type EntryFields } from '../../src/platform/audit/chain.ts';
import { signCheckpoint } from '../../src/platform/audit/checkpoint.ts';
import { ENTRY_FIELDS_SQL } from '../../src/platform/audit/entry-query.ts';
import { recordAudit } from '../../src/platform/audit/record-audit.ts';
import { sealPending } from '../../src/platform/audit/sealer.ts';
import { verifyAuditLog } from '../../src/platform/audit/verify-log.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

const AGENCY = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';
const investigator = {
  userId: USER,
  agencyId: AGENCY,
  roles: ['investigator' as const],
  requestId: 'req-12345678',
};

/** A database whose log holds `count` sealed entries. */
async function logWith(count: number): Promise<TestDatabase> {
  const database = await createTestDatabase();
  opened.push(database);
  for (let index = 0; index < count; index++) {
    await withActor(database.db, investigator, (trx) =>
      recordAudit(trx, { action: 'case.read', recordType: 'case', recordId: `caso-${index}` }),
    );
  }
  await sealPending(database.owner);
  return database;
}

/** Tampering as a database superuser would: triggers and foreign keys switched off. */
async function tamper(database: TestDatabase, statements: string) {
  const client = database.superuser();
  await client.connect();
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET search_path = public`);
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

describe('audit entries', () => {
  it('carry the actor from the transaction and vanish with a rolled-back act', async () => {
    const database = await logWith(1);
    await expect(
      withActor(database.db, investigator, async (trx) => {
        await recordAudit(trx, { action: 'case.update', recordType: 'case', recordId: 'x' });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    const rows = await database.owner.query(
      'SELECT actor_user_id, actor_agency_id, actor_roles, request_id, action FROM audit_entries',
    );
    expect(rows.rows).toEqual([
      {
        actor_user_id: USER,
        actor_agency_id: AGENCY,
        actor_roles: ['investigator'],
        request_id: 'req-12345678',
        action: 'case.read',
      },
    ]);
  });

  it('cannot be changed or removed by the application or by the owner', async () => {
    const database = await logWith(2);
    await expect(database.app.query(`UPDATE audit_entries SET action = 'x.y'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(database.app.query('DELETE FROM audit_entries')).rejects.toThrow(/permission denied/);
    await expect(database.app.query('TRUNCATE audit_entries')).rejects.toThrow(/permission denied/);
    await expect(database.app.query('DELETE FROM audit_chain')).rejects.toThrow(/permission denied/);
    await expect(database.owner.query(`UPDATE audit_entries SET action = 'x.y'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.owner.query('DELETE FROM audit_chain')).rejects.toThrow(/append-only/);
    await expect(database.owner.query('TRUNCATE audit_entries, audit_chain, audit_pending')).rejects.toThrow(
      /append-only/,
    );
  });

  it('are readable by auditors only', async () => {
    const database = await logWith(3);
    const count = (actor: typeof investigator) =>
      withActor(database.db, actor, (trx) =>
        trx.selectFrom('audit_entries').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      );
    expect((await count(investigator)).n).toBe(0);
    expect((await count({ ...investigator, roles: ['auditor' as never] })).n).toBe(3);
    expect((await database.app.query('SELECT count(*)::int AS n FROM audit_chain')).rows[0].n).toBe(0);
  });
});

describe('the hash chain', () => {
  it('links every committed entry once, in order, and verifies', async () => {
    const database = await logWith(25);
    expect(await sealPending(database.owner)).toBe(0);
    const result = await verifyAuditLog(database.owner);
    expect(result).toMatchObject({ ok: true, sealed: 25, orphans: 0, unsealed: { count: 0 } });
    const positions = await database.owner.query(
      'SELECT position::int AS p, entry_id::int AS e FROM audit_chain ORDER BY position',
    );
    expect(positions.rows.map((row) => row.p)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
  });

  it('continues the chain across many sealing rounds, past position 9 and 99', async () => {
    const database = await logWith(0);
    for (let index = 0; index < 105; index++) {
      await withActor(database.db, investigator, (trx) => recordAudit(trx, { action: 'case.read' }));
      if (index % 4 === 0) await sealPending(database.owner);
    }
    await sealPending(database.owner);
    expect(await verifyAuditLog(database.owner)).toMatchObject({
      ok: true,
      sealed: 105,
      unsealed: { count: 0 },
    });
  });

  it('reports entries still waiting for the sealer without failing', async () => {
    const database = await logWith(2);
    await withActor(database.db, investigator, (trx) => recordAudit(trx, { action: 'case.read' }));
    const result = await verifyAuditLog(database.owner);
    expect(result.ok).toBe(true);
    expect(result.unsealed.count).toBe(1);
  });
});

describe('tampering is detected', () => {
  it('an edited field', async () => {
    const database = await logWith(10);
    await tamper(database, `UPDATE audit_entries SET record_id = 'caso-otro' WHERE id = 5`);
    expect((await verifyAuditLog(database.owner)).firstBreak).toEqual({
      position: '5',
      problem: 'entry_hash_mismatch',
    });
  });

  it('a deleted row, with or without its link', async () => {
    const database = await logWith(10);
    await tamper(
      database,
      'DELETE FROM audit_chain WHERE position = 4; DELETE FROM audit_entries WHERE id = 4',
    );
    expect((await verifyAuditLog(database.owner)).firstBreak).toEqual({
      position: '5',
      problem: 'position_gap',
    });
    const other = await logWith(10);
    await tamper(other, 'DELETE FROM audit_entries WHERE id = 7');
    expect((await verifyAuditLog(other.owner)).firstBreak).toEqual({
      position: '7',
      problem: 'entry_missing',
    });
  });

  it('an inserted row, in the chain or around it', async () => {
    const database = await logWith(5);
    await tamper(
      database,
      `INSERT INTO audit_entries (id, action, actor_roles) OVERRIDING SYSTEM VALUE VALUES (100, 'case.read', '{}');
       INSERT INTO audit_chain (position, entry_id, previous_hash, entry_hash)
       VALUES (6, 100, (SELECT entry_hash FROM audit_chain WHERE position = 5), decode(repeat('ab', 32), 'hex'))`,
    );
    expect((await verifyAuditLog(database.owner)).firstBreak).toEqual({
      position: '6',
      problem: 'entry_hash_mismatch',
    });
    const other = await logWith(5);
    await tamper(other, `INSERT INTO audit_entries (action, actor_roles) VALUES ('case.read', '{}')`);
    expect(await verifyAuditLog(other.owner)).toMatchObject({ ok: false, orphans: 1 });
  });

  it('reordered entries', async () => {
    const database = await logWith(6);
    await tamper(
      database,
      `UPDATE audit_chain SET entry_id = 999999 WHERE position = 2;
       UPDATE audit_chain SET entry_id = 2 WHERE position = 3;
       UPDATE audit_chain SET entry_id = 3 WHERE position = 2;`,
    );
    expect((await verifyAuditLog(database.owner)).firstBreak).toEqual({
      position: '2',
      problem: 'entry_hash_mismatch',
    });
  });

  it('the newest entries truncated, through a signed checkpoint', async () => {
    const database = await logWith(8);
    const { privateKey } = generateKeyPairSync('ed25519');
    const head = (await verifyAuditLog(database.owner)).head!;
    const checkpoint = signCheckpoint(privateKey, {
      position: head.position,
      entryHash: Buffer.from(head.entryHash, 'hex'),
    });
    await withActor(database.db, investigator, (trx) => recordAudit(trx, { action: 'case.read' }));
    await sealPending(database.owner);
    expect(await verifyAuditLog(database.owner, checkpoint)).toMatchObject({
      ok: true,
      checkpoint: 'consistent',
    });

    await tamper(
      database,
      'DELETE FROM audit_chain WHERE position >= 7; DELETE FROM audit_entries WHERE id >= 7',
    );
    const alone = await verifyAuditLog(database.owner);
    expect(alone.ok).toBe(true);
    expect(await verifyAuditLog(database.owner, checkpoint)).toMatchObject({
      ok: false,
      checkpoint: 'truncated',
    });
    expect(await verifyAuditLog(database.owner, { ...checkpoint, entryHash: 'f'.repeat(64) })).toMatchObject({
      checkpoint: 'bad_signature',
    });
  });

  it('a chain rewritten with recomputed hashes, through a signed checkpoint', async () => {
    const database = await logWith(4);
    const { privateKey } = generateKeyPairSync('ed25519');
    const head = (await verifyAuditLog(database.owner)).head!;
    const checkpoint = signCheckpoint(privateKey, {
      position: head.position,
      entryHash: Buffer.from(head.entryHash, 'hex'),
    });
    await tamper(database, `UPDATE audit_entries SET record_id = 'oculto' WHERE id = 2`);
    await rechain(database);
    expect((await verifyAuditLog(database.owner)).ok).toBe(true);
    expect(await verifyAuditLog(database.owner, checkpoint)).toMatchObject({
      ok: false,
      checkpoint: 'rewritten',
    });
  });
});

/** What an attacker with full database access could do: recompute every hash after an edit. */
async function rechain(database: TestDatabase) {
  const rows = await database.owner.query<EntryFields & { position: string }>(
    `SELECT c.position::text AS position, ${ENTRY_FIELDS_SQL} FROM audit_chain c JOIN audit_entries e ON e.id = c.entry_id ORDER BY c.position`,
  );
  let previous: Buffer = Buffer.alloc(32);
  const updates: string[] = [];
  for (const { position, ...entry } of rows.rows) {
    const hash = chainHash(previous, position, entry);
    updates.push(
      `UPDATE audit_chain SET previous_hash = '\\x${previous.toString('hex')}', entry_hash = '\\x${hash.toString('hex')}' WHERE position = ${position};`,
    );
    previous = hash;
  }
  await tamper(database, updates.join('\n'));
}
