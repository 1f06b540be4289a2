import { describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { agency } from '../support/sessions.ts';

/**
 * The referral network's tables: services can never be conditioned on testifying (no column or key
 * points at a decision on testifying), every table with case data has row-level security, and the
 * application role cannot escalate a referral itself.
 */
const bed = openAccessBed();
const TABLES = [
  'service_providers',
  'provider_monitoring_events',
  'provider_services',
  'referrals',
  'referral_events',
];
const query = async (sql: string, values: unknown[] = []) =>
  (await bed.database.owner.query(sql, values)).rows;

describe('the referral network’s schema', () => {
  it('has no foreign key to the decisions on testifying, nor to anything of the investigation', async () => {
    const keys = await query(
      `SELECT conrelid::regclass::text AS table, confrelid::regclass::text AS target FROM pg_constraint
       WHERE contype = 'f' AND conrelid::regclass::text = ANY ($1) ORDER BY 1, 2`,
      [TABLES],
    );
    const targets = new Set(keys.map((key) => key.target));
    expect([...targets].sort()).toEqual([
      'agencies',
      'cases',
      'consents',
      'people',
      'provider_services',
      'referrals',
      'service_providers',
      'users',
    ]);
  });

  it('has no column that could carry testimony or cooperation', async () => {
    const columns = await query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = ANY ($1)
         AND (column_name ~* 'testi|cooperat|investigat|witness|declar|condition')`,
      [TABLES],
    );
    expect(columns).toEqual([]);
    const checks = await query(
      `SELECT conname FROM pg_constraint WHERE conrelid::regclass::text = ANY ($1)
         AND pg_get_constraintdef(oid) ~* 'testimon'`,
      [TABLES],
    );
    expect(checks).toEqual([]);
  });

  it('has row-level security on every table', async () => {
    const tables = await query(
      `SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY ($1) ORDER BY relname`,
      [TABLES],
    );
    expect(tables.every((table) => table.relrowsecurity)).toBe(true);
    expect(tables).toHaveLength(TABLES.length);
  });

  it('lets no application session mark a referral escalated', async () => {
    const agencyId = await agency(bed.database, 'REFUGIO-X', {
      type: 'shelter',
      level: 'state',
      state: 'PUE',
    });
    const attempt = withActor(bed.database.db, { userId: null, agencyId, roles: ['supervisor'] }, (trx) =>
      trx
        .updateTable('referrals')
        .set({ escalated_at: new Date() } as never)
        .execute(),
    );
    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });
});
