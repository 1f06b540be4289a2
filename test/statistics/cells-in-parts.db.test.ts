import { readFile } from 'node:fs/promises';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/load-demo.ts';
import { loadScaledDemo } from '../../src/modules/demo/load-scaled-demo.ts';
import { refreshLinkage } from '../../src/modules/linkage/database/refresh-linkage.ts';
import { PALERMO_OF_FORM } from '../../src/modules/statistics/compute-annual-figures.ts';
import { createKeyRing } from '../../src/platform/crypto/key-ring.ts';
import { type Actor, withActor } from '../../src/platform/db/with-actor.ts';
import { translatorFor } from '../../src/platform/i18n/translate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * Migrations 0043 and 0046 split the cells function into parts that the engine runs at the same time:
 * the survivors' cells, counted for the people of one part of N, and the services' and justice cells.
 * The function must count exactly what 0034's did: both are run for every year of a synthetic data set
 * (the scaled demo, linked into person clusters, with what it lacks added: referrals of every status,
 * some overdue, identification decisions that rule survivors out or back in, records with two forms,
 * revoked consents, needs listed twice) and must return the same rows, as multisets; and the parts'
 * rows must add up to the whole's.
 */
let database: TestDatabase;
let years: number[];
const statistician: Actor = { userId: null, agencyId: null, roles: ['statistician'] };
const prosecutor: Actor = { userId: null, agencyId: null, roles: ['prosecutor'] };

beforeAll(async () => {
  database = await createTestDatabase();
  const keyRing = createKeyRing();
  await loadDemo(database.db);
  await loadScaledDemo(database, keyRing, { persons: 1_000, seed: 43 }, translatorFor('es-MX'));
  await refreshLinkage(database.db, keyRing, { train: true });
  await addWhatTheScaledDemoLacks(database);
  await installCellsOf0034(database);
  const found = await database.owner.query(
    'SELECT DISTINCT extract(year FROM opened_on)::int AS year FROM cases ORDER BY 1',
  );
  years = found.rows.map((row) => row.year as number);
}, 240_000);
afterAll(() => database.close());

const period = (year: number) =>
  sql`${`${year}-01-01`}::date, ${`${year + 1}-01-01`}::date, current_date, ${JSON.stringify(PALERMO_OF_FORM)}::jsonb`;
const cellsOf = (name: string, year: number) => sql`SELECT * FROM ${sql.raw(name)}(${period(year)})`;
const survivorPartOf = (year: number, part: number, parts: number) =>
  sql`SELECT * FROM enlace_statistics_survivor_cells(${period(year)}, ${part}, ${parts})`;

const COUNTS = sql.raw(`sum(persons) AS persons, sum(records) AS records, sum(candidates) AS candidates,
  sum(complete) AS complete, sum(consented_persons) AS consented_persons, sum(consented_records) AS consented_records,
  sum(consented_candidates) AS consented_candidates, sum(consented_complete) AS consented_complete`);

/** The rows of the survivors' cells added up over `parts` parts, as the engine adds them. */
const survivorPartsAddedUp = (year: number, parts: number) => {
  const calls = Array.from({ length: parts }, (_, part) => survivorPartOf(year, part, parts));
  return sql`SELECT indicator, dimension, cell, ${COUNTS}
    FROM (${sql.join(calls, sql` UNION ALL `)}) p GROUP BY indicator, dimension, cell`;
};

async function differing(actor: Actor, one: RawBuilder<unknown>, other: RawBuilder<unknown>) {
  const result = await withActor(database.db, actor, (trx) =>
    sql<{ differing: string }>`SELECT count(*) AS differing FROM (
      (${one} EXCEPT ALL ${other}) UNION ALL (${other} EXCEPT ALL ${one})) d`.execute(trx),
  );
  return Number(result.rows[0]?.differing);
}

const rowCount = async (actor: Actor, query: RawBuilder<unknown>) =>
  (await withActor(database.db, actor, (trx) => query.execute(trx))).rows.length;

describe('the cells function in parts (migrations 0043 and 0046)', () => {
  it('has data that reaches every kind of cell', async () => {
    const counts = await database.owner.query(`SELECT
      (SELECT count(*) FROM referrals WHERE escalated_at IS NOT NULL) AS overdue,
      (SELECT count(DISTINCT status) FROM referrals) AS statuses,
      (SELECT count(*) FROM identification_decisions WHERE status = 'not_a_victim') AS ruled_out,
      (SELECT count(*) FROM exploitations WHERE cardinality(forms) > 1) AS two_forms,
      (SELECT count(*) FROM consents WHERE revoked_on IS NOT NULL) AS revoked,
      (SELECT count(*) FROM protection_measures) AS measures,
      (SELECT count(*) FROM verdicts) AS verdicts,
      (SELECT count(*) FROM linkage_records) AS linked,
      (SELECT count(*) FROM (SELECT cluster_id FROM linkage_records GROUP BY 1 HAVING count(*) > 1) c) AS shared,
      (SELECT count(*) FROM people WHERE cardinality(needs) > cardinality(ARRAY(SELECT DISTINCT unnest(needs))))
        AS needs_twice`);
    for (const [kind, value] of Object.entries(counts.rows[0]))
      expect({ kind, some: Number(value) > 0 }).toEqual({ kind, some: true });
    expect(Number(counts.rows[0].statuses)).toBeGreaterThanOrEqual(5);
  });

  it('returns the rows 0034’s function returned, in every year', async () => {
    expect(years.length).toBeGreaterThan(3);
    for (const year of [...years, years.at(-1)! + 1]) {
      const rows = await rowCount(statistician, cellsOf('enlace_statistics_cells', year));
      expect({ year, rows: rows > 0 || year > years.at(-1)! }).toEqual({ year, rows: true });
      expect({
        year,
        differing: await differing(
          statistician,
          cellsOf('test_statistics_cells_0034', year),
          cellsOf('enlace_statistics_cells', year),
        ),
      }).toEqual({ year, differing: 0 });
    }
  });

  it('splits the rows between the survivors’ cells and the rest without loss or overlap', async () => {
    const year = years[Math.floor(years.length / 2)]!;
    const survivors = await rowCount(statistician, survivorPartOf(year, 0, 1));
    const servicesAndJustice = await rowCount(
      statistician,
      cellsOf('enlace_statistics_services_justice_cells', year),
    );
    expect(survivors).toBeGreaterThan(0);
    expect(servicesAndJustice).toBeGreaterThan(0);
    expect(survivors + servicesAndJustice).toBe(
      await rowCount(statistician, cellsOf('enlace_statistics_cells', year)),
    );
  });

  it('counts the survivors in parts whose rows add up to the whole’s, in every year', async () => {
    for (const year of years)
      for (const parts of [2, 3]) {
        const whole = sql`SELECT indicator, dimension, cell, ${COUNTS} FROM (${survivorPartOf(year, 0, 1)}) w
          GROUP BY indicator, dimension, cell`;
        expect({
          year,
          parts,
          differing: await differing(statistician, whole, survivorPartsAddedUp(year, parts)),
        }).toEqual({ year, parts, differing: 0 });
      }
  });

  it('gives each part people of its own: no part counts the whole year', async () => {
    const year = years[Math.floor(years.length / 2)]!;
    const total = async (part: number, parts: number) => {
      const rows = await withActor(database.db, statistician, (trx) =>
        sql<{ persons: string }>`SELECT persons FROM (${survivorPartOf(year, part, parts)}) p
          WHERE indicator = 'protection.survivors_identified' AND dimension = 'total'`.execute(trx),
      );
      return Number(rows.rows[0]?.persons ?? 0);
    };
    const whole = await total(0, 1);
    const [first, second] = [await total(0, 2), await total(1, 2)];
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    expect(first + second).toBe(whole);
  });

  it.each([
    [-1, 2],
    [2, 2],
    [0, 0],
    [null, 2],
    [0, null],
  ])('refuses part %s of %s', async (part, parts) => {
    const year = years[0]!;
    await expect(
      withActor(database.db, statistician, (trx) =>
        sql`SELECT * FROM enlace_statistics_survivor_cells(${period(year)}, ${part}::integer, ${parts}::integer)`.execute(
          trx,
        ),
      ),
    ).rejects.toMatchObject({ code: '22023' });
  });

  it('gives someone who does not compute national figures no rows from any part', async () => {
    const year = years[Math.floor(years.length / 2)]!;
    for (const [name, query] of [
      ['enlace_statistics_cells', cellsOf('enlace_statistics_cells', year)],
      ['survivors, part 1 of 2', survivorPartOf(year, 1, 2)],
      ['services and justice', cellsOf('enlace_statistics_services_justice_cells', year)],
    ] as const)
      expect({ name, rows: await rowCount(prosecutor, query) }).toEqual({ name, rows: 0 });
  });
});

/** Migration 0034's cells function, installed under another name to compare with the current one. */
async function installCellsOf0034(database: TestDatabase) {
  const migration = await readFile(
    new URL('../../src/migrations/0034_statistics_cells_speed.sql', import.meta.url),
    'utf8',
  );
  const start = migration.indexOf('CREATE OR REPLACE FUNCTION enlace_statistics_cells(');
  const end = migration.indexOf('END $fn$;', start) + 'END $fn$;'.length;
  await database.owner.query(
    migration
      .slice(start, end)
      .replace('FUNCTION enlace_statistics_cells(', 'FUNCTION test_statistics_cells_0034('),
  );
  await database.owner.query(
    'GRANT EXECUTE ON FUNCTION test_statistics_cells_0034(date, date, date, jsonb) TO enlace_app',
  );
}

/**
 * Four kinds of service at three providers, referrals for one survivor in three, of every status (one
 * in seven overdue), a decision ruling one survivor in nine out (one in three of those ruled back in
 * later), a second form on one exploitation in four, one consent in eight revoked, and a need listed
 * twice by one survivor in five. Deterministic by hashes of ids.
 */
async function addWhatTheScaledDemoLacks(database: TestDatabase) {
  const run = (text: string) => database.owner.query(text);
  await run(`CREATE TEMP TABLE fixture_actor AS SELECT u.id AS user_id, u.agency_id FROM users u
             WHERE u.username LIKE 'carga.demo.%' ORDER BY u.username LIMIT 1`);
  await run(`INSERT INTO service_providers (agency_id)
             SELECT id FROM agencies WHERE id NOT IN (SELECT agency_id FROM service_providers) ORDER BY code LIMIT 3`);
  await run(`INSERT INTO provider_services (provider_id, service_type, name, states, security_level, max_stay_days,
               may_leave_unaccompanied)
             SELECT v.id, t, 'Servicio sintético', ARRAY['PUE'], CASE WHEN t = 'shelter' THEN 'standard' END,
               CASE WHEN t = 'shelter' THEN 90 END, CASE WHEN t = 'shelter' THEN true END
             FROM service_providers v, unnest(ARRAY['shelter', 'medical', 'legal', 'psychological']) t`);
  await run(`INSERT INTO referrals (case_id, person_id, service_id, provider_agency_id, from_agency_id, created_by,
               urgency, status, consent_override_reason, sent_at, respond_by, escalated_at)
             SELECT p.case_id, p.id, s.id, s.agency_id, p.recorded_by_agency_id, a.user_id, 'routine',
               (ARRAY['sent', 'accepted', 'declined', 'started', 'completed', 'survivor_declined'])[1 + (p.k / 3) % 6],
               'Enviada sin consentimiento registrado (datos sintéticos)', c.opened_on + 5, c.opened_on + 20,
               CASE WHEN p.k % 7 = 0 THEN c.opened_on + 30 END
             FROM (SELECT p.*, abs(hashtext(p.id::text || 'r')) AS k FROM people p WHERE p.role = 'survivor') p
               JOIN cases c ON c.id = p.case_id,
               LATERAL (SELECT s.id, v.agency_id FROM provider_services s JOIN service_providers v ON v.id = s.provider_id
                        ORDER BY s.id OFFSET (p.k / 3) % (SELECT count(*) FROM provider_services) LIMIT 1) s,
               fixture_actor a
             WHERE p.k % 3 = 0`);
  await run(`INSERT INTO identification_decisions (case_id, person_id, status, reason, decided_by,
               decided_by_agency_id, decided_at)
             SELECT p.case_id, p.id, d.status, 'Decisión sintética de prueba', a.user_id, a.agency_id, d.at
             FROM (SELECT p.*, abs(hashtext(p.id::text || 'd')) AS k FROM people p WHERE p.role = 'survivor') p,
               LATERAL (VALUES ('not_a_victim', now() - interval '2 days'),
                               ('confirmed_victim', CASE WHEN p.k % 3 = 0 THEN now() - interval '1 day' END)) d (status, at),
               fixture_actor a
             WHERE p.k % 9 = 0 AND d.at IS NOT NULL`);
  await run(`UPDATE exploitations SET forms = forms || ARRAY['forced_labour']
             WHERE abs(hashtext(id::text)) % 4 = 0 AND NOT forms @> ARRAY['forced_labour']`);
  await run(`UPDATE consents SET revoked_on = given_on + 1, revoked_by = recorded_by
             WHERE abs(hashtext(id::text)) % 8 = 0 AND revoked_on IS NULL`);
  await run(`UPDATE people SET needs = needs || needs[1:1]
             WHERE role = 'survivor' AND cardinality(needs) > 0 AND abs(hashtext(id::text || 'n')) % 5 = 0`);
  await run('ANALYZE');
}
