import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import { createAgency } from '../../platform/access/create-agency.ts';
import { createUser } from '../../platform/auth/create-user.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Database } from '../../platform/db/database.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { Translate } from '../../platform/i18n/translate.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { importBundle } from '../exchange/import-bundle.ts';
import { SCALED_AGENCIES } from './scaled-agencies.ts';
import { type AgencyBundle, scaledBundles } from './scaled-bundles.ts';

/** People per import transaction: large enough to be fast, small enough to keep memory flat at 1M. */
const PEOPLE_PER_IMPORT = 20_000;

/**
 * Institutions imported at the same time. One import waits on a database round trip most of the time
 * (about 60 % of a core in PostgreSQL, 25 % in Node.js, measured), so three keep two cores busy.
 */
const INSTITUTIONS_AT_ONCE = 3;

export type ScaledDemoResult = { agencies: number; cases: number; people: number; records: number };

/**
 * A synthetic data set of `persons` agency records (es_MX names, the 32 states, Central American
 * survivors, the same person seen by several agencies) imported through the ordinary importer, so that
 * it is encrypted, audited and versioned like real records. Each institution's records are loaded by a
 * disabled loader account of that institution: history says who loaded them, and nobody can sign in as it.
 */
export async function loadScaledDemo(
  database: Database,
  keyRing: KeyRing,
  options: { persons: number; seed: number },
  t: Translate,
  onProgress?: (done: number, total: number) => void,
): Promise<ScaledDemoResult> {
  for (const agency of SCALED_AGENCIES) {
    await createAgency(database.db, agency).catch((error) => {
      if (!(error instanceof ProblemError && error.code === 'agency_code_taken')) throw error;
    });
  }
  const bundles = scaledBundles(options.persons, options.seed);
  const total = bundles.reduce((sum, bundle) => sum + bundle.people.length, 0);
  const result: ScaledDemoResult = { agencies: bundles.length, cases: 0, people: 0, records: 0 };
  let done = 0;
  const turn = pLimit(INSTITUTIONS_AT_ONCE);
  // Institutions' records are independent (each has its own cases, people and import keys), so their
  // imports can overlap; one institution's chunks still go in order.
  await Promise.all(
    bundles.map((bundle) =>
      turn(async () => {
        const loader = await loaderFor(database, bundle.agencyCode);
        for (const chunk of chunks(bundle)) {
          const summary = await importBundle({ db: database.db, keyRing }, loader, chunk.text, t);
          result.cases += summary.created.cases;
          result.people += summary.created.people;
          result.records += summary.created.records;
          done += chunk.people;
          onProgress?.(done, total);
        }
      }).catch((error: unknown) => {
        // The load fails with its first error: institutions still waiting for a turn are not started.
        turn.clearQueue();
        throw error;
      }),
    ),
  );
  return result;
}

/** Bundle texts of whole cases, about PEOPLE_PER_IMPORT people each. */
function* chunks(bundle: AgencyBundle): Generator<{ text: string; people: number }> {
  const byCase = <T extends { case: unknown }>(lines: readonly T[]) => {
    const grouped = new Map<unknown, T[]>();
    for (const line of lines) {
      const group = grouped.get(line.case);
      if (group) group.push(line);
      else grouped.set(line.case, [line]);
    }
    return grouped;
  };
  const peopleOf = byCase(bundle.people);
  const recordsOf = byCase(bundle.records as { case: unknown }[]);
  let lines: unknown[] = [];
  let people = 0;
  const flush = () => {
    const text = [{ type: 'enlace-bundle', version: 1 }, ...lines]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const chunk = { text, people };
    lines = [];
    people = 0;
    return chunk;
  };
  for (const record of bundle.cases) {
    const members = peopleOf.get(record.id) ?? [];
    lines.push(record, ...members, ...(recordsOf.get(record.id) ?? []));
    people += members.length;
    if (people >= PEOPLE_PER_IMPORT) yield flush();
  }
  if (lines.length > 0) yield flush();
}

/** A disabled supervisor account of the institution that loads its demo records (created once). */
export async function loaderFor(database: Database, agencyCode: string): Promise<CaseCaller> {
  const username = `carga.demo.${agencyCode.toLowerCase()}`;
  await createUser(database.db, {
    username,
    displayName: `Carga de demostración (${agencyCode})`,
    agency: agencyCode,
    roles: ['supervisor'],
    locale: 'es-MX',
    password: randomBytes(24).toString('base64url'),
  }).catch((error) => {
    if (!(error instanceof ProblemError && error.code === 'username_taken')) throw error;
  });
  const found = await database.owner.query<{ id: string; agency_id: string }>(
    'UPDATE users SET disabled_at = coalesce(disabled_at, now()) WHERE username = $1 RETURNING id, agency_id',
    [username],
  );
  const row = found.rows[0]!;
  return {
    userId: row.id,
    agencyId: row.agency_id,
    roles: ['supervisor'],
    requestId: `demo-load-${agencyCode}`,
  };
}
