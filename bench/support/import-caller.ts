import type { Database } from '../../src/platform/db/database.ts';

/** A prosecutor of a fresh state prosecutor's office, the caller the exchange benchmarks import as. */
export async function benchProsecutor(database: Database) {
  const agency = await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level, state_code)
     VALUES ('FGE-PUE', 'Fiscalía', 'state_prosecutor', 'government', 'state', 'PUE') RETURNING id`,
  );
  const agencyId: string = agency.rows[0].id;
  const user = await database.owner.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id) VALUES ('fiscal', 'Fiscal', '$argon2id$bench', $1) RETURNING id`,
    [agencyId],
  );
  return { userId: user.rows[0].id as string, agencyId, roles: ['prosecutor' as const], requestId: 'bench' };
}

/** Wall-clock seconds of one piece of work. */
export async function secondsOf(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export const twoDecimals = (value: number) => Math.round(value * 100) / 100;
