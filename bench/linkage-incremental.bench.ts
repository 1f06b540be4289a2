import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import { encryptIdentity } from '../src/modules/cases/person-fields.ts';
import { generateRecords } from '../src/modules/demo/synthetic/generate.ts';
import { createRandom } from '../src/modules/demo/synthetic/random-tools.ts';
import { refreshLinkage } from '../src/modules/linkage/database/refresh-linkage.ts';
import { normaliseNationality } from '../src/modules/linkage/normalise/nationality.ts';
import { createKeyRing, type KeyRing } from '../src/platform/crypto/key-ring.ts';
import type { Database } from '../src/platform/db/database.ts';
import type { Schema } from '../src/platform/db/schema.ts';
import { scratchDatabase } from './support/scratch-database.ts';

const ALPHA2: Record<string, string> = { MEX: 'MX', GTM: 'GT', HND: 'HN', SLV: 'SV', NIC: 'NI' };
const SURVIVORS_PER_CASE = 10;

/**
 * Incremental linkage in the database: a population of synthetic survivor records (the generator's
 * six agencies, errors and duplicates included) is linked once from scratch, then batches of new
 * records arrive and `refreshLinkage` links only them against their blocks. The baseline is the full
 * run over the population, measured in the same run; figures are per record and as ratios.
 */
export async function linkageIncremental(
  options = { population: 20_000, batches: [10, 100, 1_000], seed: 31 },
) {
  const database = await scratchDatabase(4);
  try {
    const keyRing = createKeyRing();
    const total = options.population + options.batches.reduce((sum, size) => sum + size, 0);
    const rows = shuffled([...generateRecords(total, options.seed).byAgency.values()].flat(), options.seed);
    const owner = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: database.owner }) });
    const agencies = await seedAgencies(database);
    await insertSurvivors(owner, keyRing, agencies, rows.slice(0, options.population));
    const full = await timed(() => refreshLinkage(database.db, keyRing, { train: true }));
    const fullPerRecordMs = (full.seconds * 1000) / options.population;
    let offset = options.population;
    const incremental = [];
    for (const size of options.batches) {
      await insertSurvivors(owner, keyRing, agencies, rows.slice(offset, offset + size));
      offset += size;
      const run = await timed(() => refreshLinkage(database.db, keyRing, { train: true }));
      incremental.push({
        newRecords: size,
        seconds: round(run.seconds),
        cpuSeconds: round(run.cpuSeconds),
        perRecordMs: round((run.seconds * 1000) / size),
        comparedWith: run.result.compared,
        ratioToFullRun: round(run.seconds / full.seconds),
        ratioToFullPerRecord: round((run.seconds * 1000) / size / fullPerRecordMs),
      });
    }
    return {
      name: 'incremental linkage of new survivor records against an existing population',
      population: options.population,
      full: {
        seconds: round(full.seconds),
        cpuSeconds: round(full.cpuSeconds),
        perRecordMs: round(fullPerRecordMs),
        modelTrained: full.result.modelTrained,
      },
      incremental,
      goal: 'a batch of new records costs a small fraction of relinking the population',
    };
  } finally {
    await database.close();
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function seedAgencies(database: Database): Promise<Map<string, string>> {
  const names = ['fevimtra', 'ceav', 'inm', 'consulado', 'refugio', 'fiscalia_estatal'];
  const ids = new Map<string, string>();
  for (const name of names) {
    const created = await database.owner.query(
      `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
       VALUES ($1, $2, 'federal_prosecutor_trafficking', 'government', 'federal') RETURNING id`,
      [`BENCH-${name.toUpperCase().replace('_', '-')}`, name],
    );
    ids.set(name, created.rows[0].id);
  }
  return ids;
}

/** Survivor records as the application stores them (identity encrypted), one case per ten records. */
async function insertSurvivors(
  owner: Kysely<Schema>,
  keyRing: KeyRing,
  agencies: Map<string, string>,
  rows: readonly string[][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 1_000) {
    const chunk = rows.slice(start, start + 1_000);
    const people = chunk.map((row) => ({ row, id: randomUUID(), agencyId: agencyOf(agencies, row[1]!) }));
    const cases = people
      .filter((_, index) => index % SURVIVORS_PER_CASE === 0)
      .map((person) => ({
        id: randomUUID(),
        reference: `BENCH-${randomUUID().slice(0, 12).toUpperCase()}`,
        opened_by_agency_id: person.agencyId,
        owning_agency_id: person.agencyId,
      }));
    await owner.insertInto('cases').values(cases).execute();
    await owner
      .insertInto('people')
      .values(
        people.map(({ row, id, agencyId }, index) => ({
          id,
          case_id: cases[Math.floor(index / SURVIVORS_PER_CASE)]!.id,
          role: 'survivor' as const,
          recorded_by_agency_id: agencyId,
          sex: /^(f|mujer|femenino)$/i.test(row[5]!)
            ? ('female' as const)
            : row[5]
              ? ('male' as const)
              : null,
          nationality: ALPHA2[normaliseNationality(row[7]!) ?? ''] ?? null,
        })),
      )
      .execute();
    await owner
      .insertInto('person_identities')
      .values(
        people.map(({ row, id }) =>
          encryptIdentity(keyRing, id, {
            givenNames: row[2]!,
            firstSurname: row[3] || undefined,
            secondSurname: row[4] || undefined,
            birthDate: row[6] || undefined,
            curp: row[8] || undefined,
          } as Parameters<typeof encryptIdentity>[2]),
        ),
      )
      .execute();
  }
}

function agencyOf(agencies: Map<string, string>, source: string): string {
  return agencies.get(source) ?? agencies.get('fiscalia_estatal')!;
}

/** Wall-clock seconds, and this process's CPU seconds: on a shared machine the first includes waiting. */
async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; cpuSeconds: number; result: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    result,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
