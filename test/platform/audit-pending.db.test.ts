import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENDING_ENTRIES_FROM } from '../../src/platform/audit/pending-entries.ts';
import { recordAudit } from '../../src/platform/audit/record-audit.ts';
import { PENDING_ENTRIES_SQL, sealPending } from '../../src/platform/audit/sealer.ts';
import { verifyAuditLog } from '../../src/platform/audit/verify-log.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const investigator = {
  userId: '00000000-0000-4000-8000-000000000002',
  agencyId: '00000000-0000-4000-8000-000000000001',
  roles: ['investigator' as const],
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const pendingIds = async () =>
  (await database.owner.query('SELECT entry_id FROM audit_pending ORDER BY entry_id')).rows.map((row) =>
    Number(row.entry_id),
  );
const entryIds = async () =>
  (await database.owner.query('SELECT id FROM audit_entries ORDER BY id')).rows.map((row) => Number(row.id));

/** Audit entries wait for the sealer whether one statement writes one of them or thousands (0036). */
describe('audit entries waiting for the sealer', () => {
  it('puts every entry of a many-row statement and of single inserts in audit_pending, and seals them all', async () => {
    await withActor(database.db, investigator, async (trx) => {
      await recordAudit(trx, { action: 'case.read', recordType: 'case', recordId: 'caso-1' });
      await sql`INSERT INTO audit_entries (action, record_type, record_id)
        SELECT 'case.import', 'case', 'caso-' || n FROM generate_series(2, 2501) AS n`.execute(trx);
      await sql`INSERT INTO audit_entries (action, record_type, record_id)
        SELECT 'case.import', 'case', 'ninguno' WHERE false`.execute(trx);
    });
    const entries = await entryIds();
    expect(entries).toHaveLength(2501);
    expect(await pendingIds()).toEqual(entries);

    await sealPending(database.owner);
    expect(await pendingIds()).toEqual([]);
    expect((await verifyAuditLog(database.owner)).ok).toBe(true);
  });

  it('leaves nothing waiting when the act that wrote the entries rolls back', async () => {
    const before = await pendingIds();
    await expect(
      withActor(database.db, investigator, async (trx) => {
        await sql`INSERT INTO audit_entries (action, record_type, record_id)
          SELECT 'case.import', 'case', 'caso-' || n FROM generate_series(1, 50) AS n`.execute(trx);
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    expect(await pendingIds()).toEqual(before);
  });
});

type PlanNode = {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
};
const rowsReadFrom = (node: PlanNode, table: string): number =>
  (node['Relation Name'] === table ? node['Actual Rows'] * node['Actual Loops'] : 0) +
  (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);

describe('the pending entries', () => {
  it('are read alone, however long the sealed log, even with stale statistics', async () => {
    await withActor(database.db, investigator, async (trx) => {
      await sql`INSERT INTO audit_entries (action, record_type, record_id)
        SELECT 'case.import', 'case', 'caso-' || n FROM generate_series(1, 20000) AS n`.execute(trx);
    });
    // Statistics taken while everything waits, as autovacuum may leave them while the sealer catches up.
    await database.owner.query('ANALYZE audit_pending, audit_entries');
    await sealPending(database.owner, 25_000);
    await withActor(database.db, investigator, (trx) =>
      recordAudit(trx, { action: 'case.read', recordType: 'case', recordId: 'caso-ultimo' }),
    );
    for (const query of [
      PENDING_ENTRIES_SQL.replace('$1', '5000'),
      // The shape of the unsealed count in `enlace audit verify` and the metrics.
      `SELECT count(*), min(e.occurred_at) FROM ${PENDING_ENTRIES_FROM}`,
    ]) {
      const explained = await database.owner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`);
      const plan = explained.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
      expect(rowsReadFrom(plan, 'audit_entries'), query).toBeLessThanOrEqual(2);
    }
    const pending = await database.owner.query(PENDING_ENTRIES_SQL, [5000]);
    expect(pending.rows.map((entry) => entry.recordId)).toEqual(['caso-ultimo']);
  });
});
