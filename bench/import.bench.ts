import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { personRows } from '../src/modules/cases/person-rows.ts';
import { generatePeople, type Person } from '../src/modules/demo/synthetic/people.ts';
import { createRandom } from '../src/modules/demo/synthetic/random-tools.ts';
import { importBundle } from '../src/modules/exchange/import-bundle.ts';
import { readBundle } from '../src/modules/exchange/read-bundle.ts';
import { createKeyRing } from '../src/platform/crypto/key-ring.ts';
import type { Database } from '../src/platform/db/database.ts';
import { translatorFor } from '../src/platform/i18n/translate.ts';
import { benchProsecutor, secondsOf, twoDecimals } from './support/import-caller.ts';
import { scratchDatabase } from './support/scratch-database.ts';

const COUNTRY: Record<Person['nationality'], string> = {
  MEX: 'MX',
  GTM: 'GT',
  HND: 'HN',
  SLV: 'SV',
  NIC: 'NI',
};
const STATES = ['CHP', 'PUE', 'CMX', 'MEX', 'VER', 'OAX', 'JAL', 'BCN', 'GRO', 'QUI', 'TLA', 'NLE'];

/**
 * Import throughput: a bundle of synthetic people (two per case) through the real importer (validation,
 * encryption, blind indexes, row-level security, history, audit) against PostgreSQL's raw COPY of the
 * same rows already encrypted — the floor any import of those rows could reach. One run, one machine.
 */
export async function importThroughput({
  persons = 100_000,
  seed = 2012,
}: {
  persons?: number;
  seed?: number;
} = {}) {
  const database = await scratchDatabase(4);
  try {
    const caller = await benchProsecutor(database);
    const text = syntheticBundle(persons, seed);
    const keyRing = createKeyRing();
    const rows = sameRows(keyRing, caller.agencyId, text);
    const copySeconds = await secondsOf(() => copyRows(database, rows));
    await database.owner.query(
      'DELETE FROM person_contacts; DELETE FROM person_identities; DELETE FROM people; DELETE FROM cases',
    );
    const importSeconds = await secondsOf(() =>
      importBundle({ db: database.db, keyRing }, caller, text, translatorFor('en')),
    );
    return {
      name: 'bundle import against raw COPY',
      persons,
      cases: persons / 2,
      importSeconds: twoDecimals(importSeconds),
      copySeconds: twoDecimals(copySeconds),
      importPersonsPerSecond: Math.round(persons / importSeconds),
      copyPersonsPerSecond: Math.round(persons / copySeconds),
      ratio: twoDecimals(importSeconds / copySeconds),
      goal: 'import within 5× of raw COPY',
    };
  } finally {
    await database.close();
  }
}

function syntheticBundle(persons: number, seed: number): string {
  const people = generatePeople(persons, createRandom(seed));
  const lines: unknown[] = [{ type: 'enlace-bundle', version: 1 }];
  people.forEach((person, index) => {
    const caseId = `c${Math.floor(index / 2)}`;
    if (index % 2 === 0) {
      lines.push({
        type: 'case',
        id: caseId,
        stateCode: STATES[index % STATES.length],
        openedOn: '2012-06-01',
      });
    }
    const birth = person.birth;
    lines.push({
      type: 'person',
      id: `p${index}`,
      case: caseId,
      role: index % 2 === 0 ? 'survivor' : 'suspect',
      sex: person.sex === 'F' ? 'female' : 'male',
      birthYear: Math.min(birth.year, 2010),
      nationality: COUNTRY[person.nationality],
      identity: {
        givenNames: person.given,
        firstSurname: person.paternal,
        ...(person.maternal && { secondSurname: person.maternal }),
      },
      ...(person.phone && { contacts: [{ phone: person.phone }] }),
    });
  });
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}

/** The rows the importer writes for cases and people, built and encrypted before the clock starts. */
function sameRows(keyRing: ReturnType<typeof createKeyRing>, agencyId: string, text: string) {
  const { bundle } = readBundle(text, translatorFor('en'));
  const caseIds = new Map(bundle.cases.map(({ record }) => [record.id, randomUUID()]));
  const cases = bundle.cases.map(({ record }) =>
    tsv([
      caseIds.get(record.id),
      `BENCH-${record.id.toUpperCase()}`,
      agencyId,
      agencyId,
      record.stateCode,
      record.status,
      record.openedOn,
    ]),
  );
  const people = bundle.people.map(({ record }) =>
    personRows(
      keyRing,
      { personId: randomUUID(), caseId: caseIds.get(record.case)!, agencyId, officialAgencyId: null },
      record,
    ),
  );
  const identities = people.flatMap((row) => (row.identity ? [row.identity] : []));
  const contacts = people.flatMap((row) => row.contacts);
  const table = (name: string, rows: object[]) => ({
    target: `${name} (${Object.keys(rows[0]!).join(', ')})`,
    lines: rows.map((row) => tsv(Object.values(row))),
  });
  return [
    {
      target: 'cases (id, reference, opened_by_agency_id, owning_agency_id, state_code, status, opened_on)',
      lines: cases,
    },
    table(
      'people',
      people.map((row) => row.person),
    ),
    table('person_identities', identities),
    table('person_contacts', contacts),
  ];
}

/** COPY's text format: tab-separated, \\N for null, arrays as {a,b}. */
const tsv = (values: unknown[]) =>
  values
    .map((value) =>
      value === null || value === undefined
        ? '\\N'
        : Array.isArray(value)
          ? `{${value.join(',')}}`
          : String(value),
    )
    .join('\t');

async function copyRows(database: Database, tables: { target: string; lines: string[] }[]) {
  const client = await database.owner.connect();
  try {
    for (const { target, lines } of tables) await copy(client, target, lines);
  } finally {
    client.release();
  }
}

async function copy(client: import('pg').PoolClient, target: string, lines: string[]) {
  await pipeline(
    Readable.from(lines.map((line) => `${line}\n`)),
    client.query(copyFrom(`COPY ${target} FROM STDIN`)),
  );
}
