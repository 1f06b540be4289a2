import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { loadDemo } from '../src/modules/demo/load-demo.ts';
import { loadScaledDemo } from '../src/modules/demo/load-scaled-demo.ts';
import { refreshLinkage } from '../src/modules/linkage/database/refresh-linkage.ts';
import { computeAnnualFigures, PALERMO_OF_FORM } from '../src/modules/statistics/compute-annual-figures.ts';
import { defaultKeyFile, keyFileSource } from '../src/platform/crypto/key-file-source.ts';
import type { Database } from '../src/platform/db/database.ts';
import { withActor } from '../src/platform/db/with-actor.ts';
import { translatorFor } from '../src/platform/i18n/translate.ts';
import { percentiles, round } from './support/case-fixtures.ts';
import { scratchDatabase } from './support/scratch-database.ts';

type Options = { persons: number; seed: number; runs: number };
const DEFAULTS: Options = {
  persons: Number(process.env.ENLACE_BENCH_PERSONS ?? 1_000_000),
  seed: 2012,
  runs: 5,
};

/**
 * The whole annual computation (`computeAnnualFigures`, every indicator with its provenance, as a
 * statistician: access check, row-level security, the database's aggregate functions, the consent
 * policy, assembly in TypeScript) over the scaled demo, against the plain SQL aggregates it needs run
 * directly as the owner in the same run. The survivor records are linked into person clusters first
 * (`refreshLinkage`, as `enlace link refresh` does), so both count people. The scaled demo holds cases
 * and people; the legal track,
 * exploitations, protection, consents, suspect roles and prevention activities are added with SQL in
 * proportions stated in docs/benchmarks.md, until the demo generator writes them itself.
 */
export async function annualFigures(overrides: Partial<Options> = {}) {
  const options = { ...DEFAULTS, ...overrides };
  const keptDataDir = process.env.ENLACE_BENCH_KEEP_DIR;
  const database = await scratchDatabase(4, keptDataDir && path.resolve(keptDataDir));
  try {
    const loading = await keptLoad(database, options);
    const year = await busiestYear(database);
    const caller = await statistician(database);
    const compute = () =>
      computeAnnualFigures(database.db, caller, year, { statisticsConsent: 'aggregates' });
    const baseline = () => plainAggregates(database, year);
    await installCellsOf0028(database);
    const cells = (name: string) => () =>
      withActor(database.db, caller, (trx) =>
        sql`SELECT count(*) FROM ${sql.raw(name)}(${`${year}-01-01`}::date, ${`${year + 1}-01-01`}::date,
          current_date, '{}'::jsonb)`.execute(trx),
      );
    const cellsBefore = cells('bench_statistics_cells_0028');
    const cellsAfter = cells('enlace_statistics_cells');
    await compute();
    await baseline();
    await cellsBefore();
    const engineMs: number[] = [];
    const baselineMs: number[] = [];
    const cellsBeforeMs: number[] = [];
    const cellsAfterMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      baselineMs.push(await timed(baseline));
      engineMs.push(await timed(compute));
      cellsBeforeMs.push(await timed(cellsBefore));
      cellsAfterMs.push(await timed(cellsAfter));
    }
    const differences = await cellDifferences(database, caller, year);
    const figures = await compute();
    const value = (code: string) => figures.indicators.find((item) => item.code === code)?.value ?? null;
    const engine = percentiles(engineMs.sort((a, b) => a - b));
    const plain = percentiles(baselineMs.sort((a, b) => a - b));
    return {
      name: 'annual figures over the scaled demo',
      ...loading,
      reusedDatabase: Boolean(keptDataDir),
      year,
      runs: options.runs,
      engineMs: { median: round(median(engineMs)), ...engine },
      plainSqlMs: { median: round(median(baselineMs)), ...plain },
      ratio: round(median(engineMs) / median(baselineMs)),
      cellsFunctionMs: {
        migration0028: round(median(cellsBeforeMs)),
        current: round(median(cellsAfterMs)),
        ratio: round(median(cellsAfterMs) / median(cellsBeforeMs)),
        rowsDifferingFrom0028: differences,
      },
      indicators: figures.indicators.length,
      sample: {
        survivorsIdentified: value('protection.survivors_identified'),
        convictions: value('prosecution.convictions'),
        sentenceMedianYears: value('prosecution.sentence_length'),
        foreignSurvivors: value('protection.foreign_survivors'),
      },
    };
  } finally {
    await database.close();
  }
}

type Loading = {
  persons: number;
  cases: number;
  added: Record<string, number>;
  demoLoadSeconds: number;
  linkageSeconds: number;
  linkedRecords: number;
  extraRecordsSeconds: number;
};

/**
 * Loads the data once per kept database (ENLACE_BENCH_KEEP_DIR): what was loaded is written beside it
 * and read back on the next run with the same N and seed, so runs before and after a change time the
 * same data. A kept folder loaded with another N or seed is refused rather than loaded twice. A load
 * that stopped before it finished (killed, out of memory) is taken up again by the next run: the
 * importer finds the records already written by their import keys, and linkage links the rest.
 */
async function keptLoad(database: Database, options: Options): Promise<Loading> {
  const record = path.join(database.dataDir ?? '', 'annual-figures-load.json');
  const wanted = { persons: options.persons, seed: options.seed };
  const previous = await readFile(record, 'utf8').then(
    (text) => JSON.parse(text) as { options: typeof wanted; loading: Loading },
    () => null,
  );
  if (previous) {
    if (previous.options.persons !== wanted.persons || previous.options.seed !== wanted.seed) {
      throw new Error(`${record} holds N=${previous.options.persons}, seed ${previous.options.seed}`);
    }
    return previous.loading;
  }
  const loading = await load(database, options);
  if (process.env.ENLACE_BENCH_KEEP_DIR) {
    await writeFile(record, JSON.stringify({ options: wanted, loading }), { mode: 0o600 });
  }
  return loading;
}

async function load(database: Database, options: Options): Promise<Loading> {
  const started = performance.now();
  // The embedded key file beside the data, as `enlace serve` keeps it: a kept database whose load was
  // interrupted can be loaded again (the importer skips the records it already wrote) and still read.
  const keyRing = await keyFileSource(defaultKeyFile(database.dataDir ?? '')).load();
  await loadDemo(database.db);
  await loadScaledDemo(
    database,
    keyRing,
    { persons: options.persons, seed: options.seed },
    translatorFor('es-MX'),
  );
  const demoLoadSeconds = round((performance.now() - started) / 1000, 1);
  const linkageStarted = performance.now();
  const linkage = await refreshLinkage(database.db, keyRing, { train: true });
  const linkageSeconds = round((performance.now() - linkageStarted) / 1000, 1);
  const extraStarted = performance.now();
  const added = await addCaseRecords(database);
  // Counted in the database: a load taken up again creates only what the stopped one had not.
  const { rows } = await database.owner.query(
    'SELECT (SELECT count(*) FROM people)::int AS persons, (SELECT count(*) FROM cases)::int AS cases',
  );
  return {
    persons: rows[0].persons,
    cases: rows[0].cases,
    added,
    demoLoadSeconds,
    linkageSeconds,
    linkedRecords: linkage.linked,
    extraRecordsSeconds: round((performance.now() - extraStarted) / 1000, 1),
  };
}

/**
 * The cells function as migration 0028 defined it (people counted; one consent join, every unit
 * expanded into its cells), installed under another name so that the run also times it against the
 * current one on the same data: migration 0034's before and after in the same conditions.
 */
async function installCellsOf0028(database: Database) {
  const migration = await readFile(
    new URL('../src/migrations/0028_statistics_count_people.sql', import.meta.url),
    'utf8',
  );
  const start = migration.indexOf('CREATE FUNCTION enlace_statistics_cells(');
  const end = migration.indexOf('END $fn$;', start) + 'END $fn$;'.length;
  await database.owner.query(
    migration
      .slice(start, end)
      .replace(
        'CREATE FUNCTION enlace_statistics_cells(',
        'CREATE OR REPLACE FUNCTION bench_statistics_cells_0028(',
      ),
  );
  await database.owner.query(
    'GRANT EXECUTE ON FUNCTION bench_statistics_cells_0028(date, date, date, jsonb) TO enlace_app',
  );
}

/**
 * Rows that one of the two cells functions returns and the other does not (as multisets), over every
 * year with cases, with the engine's Palermo mapping: 0 when migration 0034 changed no figure.
 */
async function cellDifferences(database: Database, caller: Caller, busiest: number) {
  const years = await database.owner.query(
    'SELECT DISTINCT extract(year FROM opened_on)::int AS year FROM cases ORDER BY 1',
  );
  let differing = 0;
  for (const year of [...years.rows.map((row) => row.year as number), busiest + 1]) {
    const call = (name: string) =>
      sql`SELECT * FROM ${sql.raw(name)}(${`${year}-01-01`}::date, ${`${year + 1}-01-01`}::date,
        current_date, ${JSON.stringify(PALERMO_OF_FORM)}::jsonb)`;
    const result = await withActor(database.db, caller, (trx) =>
      sql<{ differing: string }>`SELECT count(*) AS differing FROM (
        (${call('bench_statistics_cells_0028')} EXCEPT ALL ${call('enlace_statistics_cells')})
        UNION ALL
        (${call('enlace_statistics_cells')} EXCEPT ALL ${call('bench_statistics_cells_0028')})) d`.execute(
        trx,
      ),
    );
    differing += Number(result.rows[0]?.differing);
  }
  return differing;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timed(work: () => Promise<unknown>) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The opened_on year with the most cases: the report year that costs most. */
async function busiestYear(database: Database): Promise<number> {
  const result = await database.owner.query(
    `SELECT extract(year FROM opened_on)::int AS year FROM cases GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1`,
  );
  return result.rows[0].year;
}

async function statistician(database: Database) {
  const existing = await database.owner.query(
    `SELECT id AS "userId", agency_id AS "agencyId" FROM users WHERE username = 'estadistica-bench'`,
  );
  if (existing.rows[0]) return asStatistician(existing.rows[0]);
  const agency = await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
     VALUES ('CIT-BENCH', 'Comisión (benchmark)', 'interagency_commission', 'government', 'federal') RETURNING id`,
  );
  const user = await database.owner.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id)
     VALUES ('estadistica-bench', 'Estadística (benchmark)', '$argon2id$bench-only', $1) RETURNING id`,
    [agency.rows[0].id],
  );
  await database.owner.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'statistician')`, [
    user.rows[0].id,
  ]);
  return asStatistician({ userId: user.rows[0].id, agencyId: agency.rows[0].id });
}

type Caller = ReturnType<typeof asStatistician>;
const asStatistician = (ids: { userId: string; agencyId: string }) => ({
  ...ids,
  roles: ['statistician' as const],
  requestId: 'bench',
});

const FORMS = `ARRAY['sexual_exploitation', 'sexual_exploitation', 'sexual_exploitation', 'forced_labour',
  'labour_exploitation', 'forced_begging', 'servitude', 'forced_marriage']`;

/**
 * What the scaled demo does not generate yet, written with SQL in fixed proportions (deterministic by
 * hashes of ids): an exploitation for every survivor, consent for statistics for 60 % of survivors, an
 * investigation in one case of five (two thirds reach prosecution), a charge per suspect of those, a
 * verdict for half the charges (four in five convictions, most with a prison term), a public official in
 * one suspect of twenty, immigration relief or repatriation for a quarter of foreign survivors, and
 * 20,000 prevention activities. Every date falls after the case opened and not after today.
 */
async function addCaseRecords(database: Database) {
  const sql = (text: string) => database.owner.query(text);
  await sql(`CREATE TEMP TABLE bench_actor AS SELECT u.id AS user_id, u.agency_id FROM users u
             WHERE u.username LIKE 'carga.demo.%' ORDER BY u.username LIMIT 1`);
  const steps: [string, string][] = [
    [
      'exploitations',
      `INSERT INTO exploitations (id, case_id, person_id, forms, created_by, updated_by)
       SELECT gen_random_uuid(), p.case_id, p.id, ARRAY[(${FORMS})[1 + abs(hashtext(p.id::text)) % 8]],
              a.user_id, a.user_id
       FROM people p, bench_actor a WHERE p.role = 'survivor'`,
    ],
    [
      'consents',
      `INSERT INTO consents (case_id, person_id, scopes, given_on, recorded_by, recorded_by_agency_id)
       SELECT p.case_id, p.id, ARRAY['statistics'], c.opened_on, a.user_id, a.agency_id
       FROM people p JOIN cases c ON c.id = p.case_id, bench_actor a
       WHERE p.role = 'survivor' AND abs(hashtext(p.id::text || 'c')) % 10 < 6`,
    ],
    [
      'legal_proceedings',
      `INSERT INTO legal_proceedings (case_id, agency_id, investigation_opened_on, prosecution_initiated_on,
                                      recorded_by, recorded_by_agency_id)
       SELECT c.id, c.owning_agency_id, least(c.opened_on + 20, current_date),
              CASE WHEN abs(hashtext(c.id::text || 'p')) % 3 < 2 THEN least(c.opened_on + 90, current_date) END,
              a.user_id, a.agency_id
       FROM cases c, bench_actor a WHERE abs(hashtext(c.id::text)) % 5 = 0`,
    ],
    [
      'charges',
      `INSERT INTO charges (case_id, proceeding_id, person_id, law_article, form, charged_on, recorded_by,
                            recorded_by_agency_id)
       SELECT g.case_id, g.id, p.id, '10', (${FORMS})[1 + abs(hashtext(p.id::text)) % 8],
              g.prosecution_initiated_on, a.user_id, a.agency_id
       FROM legal_proceedings g JOIN people p ON p.case_id = g.case_id AND p.role = 'suspect', bench_actor a
       WHERE g.prosecution_initiated_on IS NOT NULL`,
    ],
    [
      'verdicts',
      `INSERT INTO verdicts (case_id, charge_id, outcome, decided_on, prison_years, prison_months,
                             recorded_by, recorded_by_agency_id)
       SELECT h.case_id, h.id, CASE WHEN k % 5 = 0 THEN 'acquittal' ELSE 'conviction' END,
              least(h.charged_on + 180, current_date),
              CASE WHEN k % 5 IN (1, 2, 3) THEN 5 + k % 40 END, CASE WHEN k % 5 IN (1, 2, 3) THEN k % 12 END,
              a.user_id, a.agency_id
       FROM (SELECT h.*, abs(hashtext(h.id::text)) AS k FROM charges h) h, bench_actor a WHERE h.k % 2 = 0`,
    ],
    [
      'suspect_roles',
      `INSERT INTO suspect_roles (id, case_id, person_id, public_official, created_by, updated_by)
       SELECT gen_random_uuid(), p.case_id, p.id, true, a.user_id, a.user_id
       FROM people p, bench_actor a WHERE p.role = 'suspect' AND abs(hashtext(p.id::text || 's')) % 20 = 0`,
    ],
    [
      'protection_measures',
      `INSERT INTO protection_measures (case_id, person_id, kind, relief, status, requested_on, resolved_on,
                                        recorded_by, recorded_by_agency_id)
       SELECT p.case_id, p.id, CASE WHEN k % 4 = 0 THEN 'immigration_relief' ELSE 'repatriation' END,
              CASE WHEN k % 4 = 0 THEN 'humanitarian_visa' END,
              CASE WHEN k % 4 = 0 THEN 'granted' ELSE 'completed' END,
              least(c.opened_on + 10, current_date), least(c.opened_on + 60, current_date), a.user_id, a.agency_id
       FROM (SELECT p.*, abs(hashtext(p.id::text || 'm')) AS k FROM people p) p
         JOIN cases c ON c.id = p.case_id, bench_actor a
       WHERE p.role = 'survivor' AND p.nationality <> 'MX' AND p.k % 8 < 2`,
    ],
    [
      'prevention_activities',
      `INSERT INTO prevention_activities (agency_id, activity_type, held_on, state_code, audience, languages,
                                          people_reached, recorded_by)
       SELECT a.agency_id, (ARRAY['training', 'awareness_campaign', 'tourism_training', 'other'])[1 + n % 4],
              current_date - (n % 3650), (ARRAY['CHP', 'PUE', 'ROO', 'CMX', 'OAX'])[1 + n % 5],
              (ARRAY['police', 'prosecutors', 'general_public', 'tourism_workers'])[1 + n % 4],
              CASE WHEN n % 7 = 0 THEN ARRAY['es', 'tsotsil'] ELSE ARRAY['es'] END, 10 + n % 500, a.user_id
       FROM generate_series(1, 20000) n, bench_actor a`,
    ],
  ];
  const added: Record<string, number> = {};
  // The scaled demo now writes the case records itself; only the tables it leaves empty are filled.
  for (const [table, statement] of steps) {
    const filled = (await sql(`SELECT EXISTS (SELECT 1 FROM ${table}) AS filled`)).rows[0].filled;
    added[table] = filled ? 0 : ((await sql(statement)).rowCount ?? 0);
  }
  await sql('ANALYZE');
  return added;
}

/**
 * The aggregates the figures need, as one would write them by hand and run them as the owner (no
 * access check, no row-level security, no provenance, no assembly; survivors' person clusters counted
 * once, over every record and over those with consent in force, as the figures need): the floor the
 * engine is held to.
 */
async function plainAggregates(database: Database, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const queries = [
    `SELECT p.recorded_by_agency_id, c.state_code, p.nationality, p.sex, count(*),
       count(DISTINCT coalesce(l.cluster_id, p.id)),
       count(DISTINCT coalesce(l.cluster_id, p.id)) FILTER (WHERE k.consented)
     FROM people p JOIN cases c ON c.id = p.case_id LEFT JOIN linkage_records l ON l.person_id = p.id,
       LATERAL (SELECT EXISTS (SELECT 1 FROM consents k WHERE k.case_id = p.case_id AND k.person_id = p.id
         AND 'statistics' = ANY (k.scopes) AND k.given_on <= current_date
         AND (k.revoked_on IS NULL OR k.revoked_on > current_date)) AS consented) k
     WHERE p.role = 'survivor' AND c.opened_on >= $1 AND c.opened_on < $2
       AND NOT EXISTS (SELECT 1 FROM identification_decisions d WHERE d.person_id = p.id AND d.status = 'not_a_victim')
     GROUP BY GROUPING SETS ((), (p.recorded_by_agency_id), (c.state_code), (p.nationality), (p.sex))`,
    `SELECT f, count(DISTINCT coalesce(l.cluster_id, e.person_id))
     FROM exploitations e JOIN cases c ON c.id = e.case_id LEFT JOIN linkage_records l ON l.person_id = e.person_id,
       unnest(e.forms) f
     WHERE c.opened_on >= $1 AND c.opened_on < $2 GROUP BY f`,
    `SELECT count(DISTINCT k.person_id) FROM consents k JOIN cases c ON c.id = k.case_id
     WHERE 'statistics' = ANY (k.scopes) AND k.revoked_on IS NULL AND c.opened_on >= $1 AND c.opened_on < $2`,
    `SELECT g.agency_id, c.state_code, h.form, count(DISTINCT g.id)
     FROM legal_proceedings g JOIN cases c ON c.id = g.case_id LEFT JOIN charges h ON h.proceeding_id = g.id
     WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
     GROUP BY GROUPING SETS ((), (g.agency_id), (c.state_code), (h.form))`,
    `SELECT g.agency_id, c.state_code, h.form, count(DISTINCT g.id)
     FROM legal_proceedings g JOIN cases c ON c.id = g.case_id LEFT JOIN charges h ON h.proceeding_id = g.id
     WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
     GROUP BY GROUPING SETS ((), (g.agency_id), (c.state_code), (h.form))`,
    `SELECT v.outcome, h.form, g.agency_id, c.state_code, count(DISTINCT h.person_id)
     FROM verdicts v JOIN charges h ON h.id = v.charge_id JOIN legal_proceedings g ON g.id = h.proceeding_id
       JOIN cases c ON c.id = v.case_id
     WHERE v.decided_on >= $1 AND v.decided_on < $2
     GROUP BY GROUPING SETS ((v.outcome), (v.outcome, h.form), (v.outcome, g.agency_id), (v.outcome, c.state_code))`,
    `SELECT min(m), percentile_cont(0.5) WITHIN GROUP (ORDER BY m), max(m), count(*) FROM (
       SELECT v.prison_years * 12 + v.prison_months AS m FROM verdicts v
       WHERE v.outcome = 'conviction' AND v.decided_on >= $1 AND v.decided_on < $2) s`,
    `SELECT count(DISTINCT r.person_id) FROM suspect_roles r JOIN legal_proceedings g ON g.case_id = r.case_id
     WHERE r.public_official AND g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2`,
    `SELECT m.kind, p.nationality, count(DISTINCT coalesce(l.cluster_id, m.person_id)) FROM protection_measures m
       JOIN people p ON p.id = m.person_id LEFT JOIN linkage_records l ON l.person_id = m.person_id
     WHERE m.status IN ('granted', 'completed') AND m.resolved_on >= $1 AND m.resolved_on < $2
     GROUP BY GROUPING SETS ((m.kind), (m.kind, p.nationality))`,
    `SELECT s.service_type, r.status, count(*), count(DISTINCT coalesce(l.cluster_id, r.person_id))
     FROM referrals r JOIN provider_services s ON s.id = r.service_id LEFT JOIN linkage_records l ON l.person_id = r.person_id
     WHERE r.sent_at >= $1 AND r.sent_at < $2 GROUP BY s.service_type, r.status`,
    `SELECT count(*) FROM jurisdiction_timelines v WHERE v.opened_at >= $1 AND v.opened_at < $2`,
    `SELECT activity_type, audience, state_code, count(*), sum(people_reached) FROM prevention_activities
     WHERE held_on >= $1 AND held_on < $2 GROUP BY GROUPING SETS ((activity_type), (audience), (state_code))`,
  ];
  for (const query of queries) await database.owner.query(query, [from, to]);
}
