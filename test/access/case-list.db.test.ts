import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The list reads each way a case can be visible in its own branch (src/modules/cases/store.ts); these
// tests hold it to what row-level security lets the caller see, in order and page by page.
let database: TestDatabase;
let server: TestApp;
let federal: string;
let puebla: string;
let chiapas: string;
let caller: Awaited<ReturnType<typeof signedInClient>>;
const cases = new Map<string, string>();

async function caseRow(
  name: string,
  opener: string,
  owner: string,
  minutesAgo: number,
  status = 'identification',
) {
  const created = await database.owner.query(
    `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code, status, created_at)
     VALUES ($1, $2, $3, 'PUE', $4, now() - make_interval(mins => $5)) RETURNING id`,
    [`LISTA-${name.toUpperCase()}`, opener, owner, status, minutesAgo],
  );
  cases.set(name, created.rows[0].id);
  return created.rows[0].id as string;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  federal = await agency(database, 'FEVIMTRA', { type: 'federal_prosecutor_trafficking', level: 'federal' });
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  chiapas = await agency(database, 'FGE-CHP', { type: 'state_prosecutor', level: 'state', state: 'CHP' });
  caller = await signedInClient(database, server.baseUrl, federal, ['prosecutor']);
  await caseRow('owned', federal, federal, 10);
  await caseRow('transferred', federal, puebla, 9, 'investigation');
  await caseRow('attracted', puebla, federal, 8);
  const shared = await caseRow('shared', puebla, puebla, 7, 'investigation');
  const revoked = await caseRow('revoked', puebla, puebla, 6);
  const assigned = await caseRow('assigned', puebla, puebla, 5);
  const glass = await caseRow('break-glass', chiapas, chiapas, 4, 'investigation');
  const walled = await caseRow('walled', federal, federal, 3);
  await caseRow('elsewhere', chiapas, chiapas, 2);
  await database.owner.query(
    `INSERT INTO case_shares (case_id, agency_id, reason, shared_by, revoked_at)
     VALUES ($1, $3, 'Atracción en estudio', $4, NULL), ($2, $3, 'Atracción en estudio', $4, now())`,
    [shared, revoked, federal, caller.userId],
  );
  await database.owner.query('INSERT INTO case_assignments (case_id, user_id) VALUES ($1, $2)', [
    assigned,
    caller.userId,
  ]);
  await database.owner.query(
    `INSERT INTO break_glass_grants (case_id, user_id, reason, expires_at)
     VALUES ($1, $2, 'Riesgo inminente para la víctima identificada', now() + interval '1 hour')`,
    [glass, caller.userId],
  );
  await database.owner.query(
    `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
    [walled, federal],
  );
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const names = (items: { id: string }[]) =>
  items.map((item) => [...cases].find(([, id]) => id === item.id)?.[0] ?? item.id);

async function listed(query: string) {
  const response = await caller.call('GET', `/api/v1/cases${query}`);
  expect(response.status).toBe(200);
  return names(response.body.items);
}

describe('case list', () => {
  it('lists every case the caller may see, through each relation, newest first, and no other', async () => {
    expect(await listed('')).toEqual([
      'break-glass',
      'assigned',
      'shared',
      'attracted',
      'transferred',
      'owned',
    ]);
  });

  it('lists exactly the rows row-level security shows the caller, in the same order', async () => {
    const visible = await withActor(
      database.db,
      { userId: caller.userId, agencyId: federal, roles: ['prosecutor'] },
      (trx) => trx.selectFrom('cases').select('id').orderBy('created_at', 'desc').orderBy('id').execute(),
    );
    expect(await listed('?limit=200')).toEqual(names(visible));
  });

  it('pages across relations without losing or repeating a case', async () => {
    const pages = [
      await listed('?limit=2'),
      await listed('?limit=2&offset=2'),
      await listed('?limit=2&offset=4'),
    ];
    expect(pages).toEqual([
      ['break-glass', 'assigned'],
      ['shared', 'attracted'],
      ['transferred', 'owned'],
    ]);
    expect(await listed('?limit=2&offset=6')).toEqual([]);
  });

  it('filters by status and state in every relation', async () => {
    expect(await listed('?status=investigation')).toEqual(['break-glass', 'shared', 'transferred']);
    expect(await listed('?status=investigation&limit=1&offset=1')).toEqual(['shared']);
    expect(await listed('?stateCode=CHP')).toEqual([]);
  });
});

describe('migration 0019', () => {
  it('is applied: the list indexes exist and the one they replace is gone', async () => {
    const indexes = await database.owner.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'cases' ORDER BY indexname`,
    );
    const byName = new Map(indexes.rows.map((row) => [row.indexname, row.indexdef]));
    expect(byName.get('cases_owning_agency_recent_idx')).toContain('(owning_agency_id, created_at DESC, id)');
    expect(byName.get('cases_transferred_recent_idx')).toContain(
      'WHERE (opened_by_agency_id <> owning_agency_id)',
    );
    expect(byName.has('cases_owning_agency_idx')).toBe(false);
    const applied = await database.owner.query('SELECT 1 FROM enlace_migrations WHERE version = 19');
    expect(applied.rowCount).toBe(1);
  });
});
