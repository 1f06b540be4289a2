import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { asAppActor } from '../support/case-files.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The policy of cases admits a case of the caller's own agency without calling enlace_case_visible
 * (migration 0042). These tests prove that path admits nothing the full check refuses — a case of
 * another agency, a case walled off from the caller's agency or from the caller, a case shared and then
 * unshared — for every table an import writes, in SQL sent as the application role, through the API and
 * through the importer; and that the path is really taken.
 */
let database: TestDatabase;
let server: TestApp;
let puebla: string;
let federal: string;
type Session = Awaited<ReturnType<typeof signedInClient>>;
type Actor = { userId: string; agencyId: string; roles: Role[] };

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);
const actorOf = (session: Session, agencyId: string, roles: Role[]): Actor => ({
  userId: session.userId,
  agencyId,
  roles,
});

const ndjson = (...records: unknown[]) =>
  `${[{ type: 'enlace-bundle', version: 1 }, ...records].map((record) => JSON.stringify(record)).join('\n')}\n`;
const importText = (session: Session, text: string) =>
  session.call('POST', '/api/v1/imports', text, { 'content-type': 'application/x-ndjson' });

const countOf = async (table: string, caseId: string) =>
  (await database.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId])).rows[0]
    .n as number;

/** The bundle the session exports (no identities): the external ids of the cases it reaches. */
async function exportedBundle(session: Session): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/v1/exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie() ?? '' },
    body: JSON.stringify({ format: 'bundle' }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** A case opened through the API by `session`, with a witness recorded before any wall. */
async function caseWithWitness(session: Session) {
  const opened = await session.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  const witness = await session.call('POST', `/api/v1/cases/${opened.body.id}/people`, { role: 'witness' });
  expect(witness.status).toBe(201);
  return { caseId: opened.body.id as string, personId: witness.body.id as string };
}

/** One row into each table an import writes, into the case ($1) or for the person recorded in it (also $1). */
const CHILD_ROWS: Record<string, { into: 'case' | 'person'; sql: string }> = {
  people: {
    into: 'case',
    sql: `INSERT INTO people (id, case_id, role, recorded_by_agency_id)
          VALUES (gen_random_uuid(), $1, 'witness', enlace_actor_agency())`,
  },
  person_identities: { into: 'person', sql: 'INSERT INTO person_identities (person_id) VALUES ($1)' },
  person_documents: {
    into: 'person',
    sql: `INSERT INTO person_documents (id, person_id, position, kind, number, number_index)
          VALUES (gen_random_uuid(), $1, 9, 'other', 'v1.prueba', 'indice-prueba')`,
  },
  person_contacts: {
    into: 'person',
    sql: `INSERT INTO person_contacts (id, person_id, position, phone) VALUES (gen_random_uuid(), $1, 9, 'v1.prueba')`,
  },
  import_keys: {
    into: 'case',
    sql: `INSERT INTO import_keys (agency_id, record_type, external_id, record_id, case_id)
          VALUES (enlace_actor_agency(), 'person', 'prueba-ruta-rapida', gen_random_uuid(), $1)`,
  },
  record_changes: {
    into: 'case',
    sql: `INSERT INTO record_changes (case_id, record_type, record_id, version, change_kind, changes)
          VALUES ($1, 'person', gen_random_uuid(), 1, 'created', '[]')`,
  },
  case_walls: {
    into: 'case',
    sql: `INSERT INTO case_walls (case_id, agency_id, cause)
          SELECT $1, id, 'official_suspect' FROM agencies WHERE code = 'INM'`,
  },
};
type Target = { caseId: string; personId: string };
const rowFor = (client: pg.ClientBase, table: keyof typeof CHILD_ROWS, target: Target) => {
  const { into, sql } = CHILD_ROWS[table] as (typeof CHILD_ROWS)[string];
  return client.query(sql, [into === 'case' ? target.caseId : target.personId]);
};

/** Which of the child rows the actor may write into the case: the SQLSTATE of each attempt, or 'ok'. */
async function childWrites(actor: Actor, target: Target) {
  return asAppActor(database.app, actor, async (client) => {
    const outcome: Record<string, string> = {};
    for (const table of Object.keys(CHILD_ROWS)) {
      await client.query('SAVEPOINT attempt');
      try {
        await rowFor(client, table, target);
        outcome[table] = 'ok';
      } catch (error) {
        outcome[table] = (error as { code?: string }).code ?? 'unknown';
      }
      await client.query('ROLLBACK TO SAVEPOINT attempt');
    }
    const seen = await client.query('SELECT count(*)::int AS n FROM cases WHERE id = $1', [target.caseId]);
    return { outcome, seesCase: seen.rows[0].n === 1 };
  });
}

const everyTable = (code: string) =>
  Object.fromEntries(Object.keys(CHILD_ROWS).map((table) => [table, code]));

let prosecutor: Session;
let colleague: Session;
let federalProsecutor: Session;
let ownCase: Target;
let foreignCase: Target;
let sharedCase: Target;
let unsharedCase: Target;
let agencyWalledCase: Target;
let conflictCase: Target;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  federal = await agency(database, 'FEVIMTRA', { type: 'federal_prosecutor_trafficking', level: 'federal' });
  await agency(database, 'INM', { type: 'migration_institute', level: 'federal' });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  colleague = await signedIn(puebla, ['prosecutor']);
  federalProsecutor = await signedIn(federal, ['prosecutor']);

  ownCase = await caseWithWitness(prosecutor);
  foreignCase = await caseWithWitness(federalProsecutor);
  sharedCase = await caseWithWitness(federalProsecutor);
  unsharedCase = await caseWithWitness(federalProsecutor);
  agencyWalledCase = await caseWithWitness(prosecutor);
  conflictCase = await caseWithWitness(prosecutor);

  const share = (caseId: string) =>
    federalProsecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
      agencyCode: 'FGE-PUE',
      reason: 'Coordinación con la fiscalía estatal',
    });
  expect((await share(sharedCase.caseId)).status).toBe(201);
  const revoked = await share(unsharedCase.caseId);
  expect(
    (
      await federalProsecutor.call(
        'POST',
        `/api/v1/cases/${unsharedCase.caseId}/shares/${revoked.body.id}/revocation`,
      )
    ).status,
  ).toBe(204);
  await database.owner.query(
    `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
    [agencyWalledCase.caseId, puebla],
  );
  expect(
    (await prosecutor.call('POST', `/api/v1/cases/${conflictCase.caseId}/conflict-of-interest`)).status,
  ).toBe(204);
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('row-level security of case records, with the own-agency fast path', () => {
  it('admits the own agency’s case and a case shared with it, for every table an import writes', async () => {
    const actor = actorOf(prosecutor, puebla, ['prosecutor']);
    for (const target of [ownCase, sharedCase]) {
      expect(await childWrites(actor, target)).toEqual({ outcome: everyTable('ok'), seesCase: true });
    }
  });

  it('refuses another agency’s case, a walled case and a case no longer shared, in every table', async () => {
    const actor = actorOf(prosecutor, puebla, ['prosecutor']);
    for (const target of [foreignCase, unsharedCase, agencyWalledCase, conflictCase]) {
      expect(await childWrites(actor, target)).toEqual({ outcome: everyTable('42501'), seesCase: false });
    }
    // The conflict walls off the prosecutor who declared it, not their colleague.
    expect(await childWrites(actorOf(colleague, puebla, ['prosecutor']), conflictCase)).toEqual({
      outcome: everyTable('ok'),
      seesCase: true,
    });
  });

  it('refuses roles that do not work on cases, even in the own agency', async () => {
    const statistician = await signedIn(puebla, ['statistician']);
    const actor = actorOf(statistician, puebla, ['statistician']);
    const { outcome, seesCase } = await childWrites(actor, ownCase);
    expect(seesCase).toBe(false);
    for (const table of Object.keys(CHILD_ROWS)) expect(outcome[table]).not.toBe('ok');
  });

  it('keeps the walls each case carries equal to its walls, whatever a statement writes', async () => {
    const wallsOf = async (caseId: string) =>
      (await database.owner.query('SELECT walled_off FROM cases WHERE id = $1', [caseId])).rows[0]
        .walled_off as string[];
    expect(await wallsOf(conflictCase.caseId)).toEqual([prosecutor.userId]);
    expect(await wallsOf(agencyWalledCase.caseId)).toEqual([puebla]);
    expect(await wallsOf(ownCase.caseId)).toEqual([]);
    const cleared = await asAppActor(
      database.app,
      actorOf(colleague, puebla, ['prosecutor']),
      async (client) => {
        const updated = await client.query(`UPDATE cases SET walled_off = '{}' WHERE id = $1`, [
          conflictCase.caseId,
        ]);
        const kept = await client.query('SELECT walled_off FROM cases WHERE id = $1', [conflictCase.caseId]);
        return { rowCount: updated.rowCount, walls: kept.rows[0].walled_off };
      },
    );
    expect(cleared).toEqual({ rowCount: 1, walls: [prosecutor.userId] });
  });

  it('does not call the full check for the own agency’s case, and does for a shared one', async () => {
    const calls = async (target: Target) => {
      const client = database.superuser();
      await client.connect();
      try {
        await client.query("SET track_functions = 'pl'");
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE enlace_app');
        await client.query(
          `SELECT set_config('enlace.user_id', $1, true), set_config('enlace.agency_id', $2, true),
                  set_config('enlace.roles', 'prosecutor', true)`,
          [prosecutor.userId, puebla],
        );
        await rowFor(client, 'people', target);
        await rowFor(client, 'record_changes', target);
        const counted = await client.query(
          `SELECT coalesce(pg_stat_get_xact_function_calls('enlace_case_visible'::regproc), 0)::int AS n`,
        );
        return counted.rows[0].n as number;
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    };
    expect(await calls(ownCase)).toBe(0);
    expect(await calls(sharedCase)).toBeGreaterThan(0);
  });
});

describe('through the API and the importer', () => {
  it('lists the own agency’s and shared cases only', async () => {
    const listed = await prosecutor.call('GET', '/api/v1/cases?limit=100');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([ownCase.caseId, sharedCase.caseId]));
    for (const { caseId } of [foreignCase, unsharedCase, agencyWalledCase, conflictCase]) {
      expect(ids).not.toContain(caseId);
    }
  });

  it('answers 404 and adds no one to a case walled off, or no longer shared', async () => {
    for (const { caseId } of [foreignCase, unsharedCase, agencyWalledCase, conflictCase]) {
      const before = await countOf('people', caseId);
      const added = await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, { role: 'witness' });
      expect(added.status).toBe(404);
      expect(await countOf('people', caseId)).toBe(before);
    }
  });

  it('rejects import lines for a case of the own agency walled off from the importer, and writes nothing', async () => {
    const importer = await signedIn(puebla, ['prosecutor']);
    const opened = await importText(
      importer,
      ndjson({ type: 'case', id: 'carpeta-muro-001', stateCode: 'PUE', openedOn: '2012-04-02' }),
    );
    expect(opened.status).toBe(200);
    const caseId = (
      await database.owner.query(
        `SELECT record_id FROM import_keys WHERE external_id = 'carpeta-muro-001' AND record_type = 'case'`,
      )
    ).rows[0].record_id as string;
    const person = ndjson({
      type: 'person',
      id: 'persona-muro-001',
      case: 'carpeta-muro-001',
      role: 'witness',
    });

    expect(await exportedBundle(importer)).toContain('"carpeta-muro-001"');
    expect((await importer.call('POST', `/api/v1/cases/${caseId}/conflict-of-interest`)).status).toBe(204);
    expect(await exportedBundle(importer)).not.toContain('"carpeta-muro-001"');
    const afterConflict = await importText(importer, person);
    expect(afterConflict.status).toBe(422);
    expect(afterConflict.body.rejects[0]).toMatchObject({ line: 2, field: 'case' });

    await database.owner.query(
      `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
      [caseId, puebla],
    );
    const otherImporter = await signedIn(puebla, ['prosecutor']);
    const afterWall = await importText(otherImporter, person);
    expect(afterWall.status).toBe(422);
    expect(afterWall.body.rejects[0]).toMatchObject({ line: 2, field: 'case' });

    expect(await countOf('people', caseId)).toBe(0);
    expect(await countOf('record_changes', caseId)).toBe(1);
  });
});
