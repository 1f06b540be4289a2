import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import { loadDemoCases } from '../../src/modules/demo/load-demo-cases.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(() => database.close());

const count = async (sql: string) => (await database.owner.query(sql)).rows[0].n as number;

describe('the default demo', () => {
  it('shows a few cases with every kind of case record, written as each demo account', async () => {
    expect(await loadDemoCases(database, createKeyRing())).toBe(7);
    for (const table of [
      'exploitations',
      'suspect_roles',
      'legal_proceedings',
      'charges',
      'verdicts',
      'appeals',
      'extradition_requests',
      'bilateral_investigations',
      'protection_measures',
      'testimony_decisions',
      'consents',
    ]) {
      expect(await count(`SELECT count(DISTINCT case_id)::int AS n FROM ${table}`), table).toBeGreaterThan(0);
    }
    expect(await count("SELECT count(*)::int AS n FROM verdicts WHERE outcome = 'acquittal'")).toBe(1);
    expect(await count('SELECT count(DISTINCT kind)::int AS n FROM protection_measures')).toBe(5);
    expect(await count('SELECT count(*)::int AS n FROM consents WHERE revoked_on IS NOT NULL')).toBe(1);
    const loaders = await count(
      `SELECT count(DISTINCT u.username)::int AS n FROM protection_measures m JOIN users u ON u.id = m.recorded_by`,
    );
    expect(loaders).toBeGreaterThan(1);
  });
});
