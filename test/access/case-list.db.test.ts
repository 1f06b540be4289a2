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
     VALUES ($1, $2, $3, 'PUE', $4, now() - make_interval(secs => $5::float8 * 60)) RETURNING id`,
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

type Page = { items: { id: string }[]; nextCursor: string | null; previousCursor: string | null };

async function page(query: string): Promise<Page> {
  const response = await caller.call('GET', `/api/v1/cases${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

/** Every page from `query` on, following `nextCursor`. */
async function walkForward(query: string): Promise<string[][]> {
  const pages: string[][] = [];
  let current = await page(query);
  pages.push(names(current.items));
  while (current.nextCursor) {
    const base = query.replace(/[?&]?offset=\d+/, '');
    const separator = base.includes('?') ? '&' : '?';
    current = await page(`${base}${separator}cursor=${current.nextCursor}`);
    pages.push(names(current.items));
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

describe('case list by cursor', () => {
  it('walks forward page by page: the same pages as by offset, disjoint and complete', async () => {
    expect(await walkForward('?limit=2')).toEqual([
      ['break-glass', 'assigned'],
      ['shared', 'attracted'],
      ['transferred', 'owned'],
    ]);
    const first = await page('?limit=6');
    expect(first.nextCursor).toBeNull();
    expect(first.previousCursor).toBeNull();
    expect((await walkForward('?limit=4')).flat()).toEqual(names(first.items));
  });

  it('walks back from the last page with previousCursor to the first, which has none', async () => {
    const firstPage = await page('?limit=2');
    const second = await page(`?limit=2&cursor=${firstPage.nextCursor}`);
    const last = await page(`?limit=2&cursor=${second.nextCursor}`);
    expect(last.nextCursor).toBeNull();
    const back = await page(`?limit=2&cursor=${last.previousCursor}`);
    expect(names(back.items)).toEqual(['shared', 'attracted']);
    const front = await page(`?limit=2&cursor=${back.previousCursor}`);
    expect(names(front.items)).toEqual(['break-glass', 'assigned']);
    expect(front.previousCursor).toBeNull();
    expect(names((await page(`?limit=2&cursor=${front.nextCursor}`)).items)).toEqual(['shared', 'attracted']);
  });

  it('keeps the filters: a cursor serves the list it was made for', async () => {
    expect(await walkForward('?status=investigation&limit=1')).toEqual([
      ['break-glass'],
      ['shared'],
      ['transferred'],
    ]);
    const filtered = await page('?status=investigation&limit=1');
    const other = await caller.call('GET', `/api/v1/cases?limit=1&cursor=${filtered.nextCursor}`);
    expect(other.status).toBe(400);
    expect(other.body.code).toBe('invalid_cursor');
  });

  it('answers 400 problem+json for a damaged, edited, foreign or misplaced cursor, in the caller’s language', async () => {
    const { nextCursor } = await page('?limit=2');
    const text = Buffer.from(nextCursor as string, 'base64url').toString('utf8');
    // No personal data: a version, a direction, an instant, a case id, the filters and a checksum.
    expect(text).toMatch(/^c1~a~\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z~[0-9a-f-]{36}~~~[\w-]{16}$/);
    const moved = Buffer.from(text.replace(/\.\d{6}Z/, '.000001Z')).toString('base64url');
    const bad = [
      `cursor=${moved}`,
      `cursor=${(nextCursor as string).slice(1)}`,
      'cursor=no-es-un-cursor',
      `cursor=${nextCursor}&offset=2`,
      `cursor=${'A'.repeat(401)}`,
      'cursor=',
    ];
    for (const query of bad) {
      const answer = await caller.call('GET', `/api/v1/cases?limit=2&${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    const spanish = await caller.call('GET', `/api/v1/cases?cursor=${moved}`);
    expect(spanish.body).toMatchObject({ code: 'invalid_cursor', title: 'Cursor de página no válido' });
    const english = await caller.call('GET', `/api/v1/cases?cursor=${moved}`, undefined, {
      'accept-language': 'en',
    });
    expect(english.body.detail).toContain('nextCursor');
  });

  it('neither repeats nor loses a case when cases are opened while paging, unlike offsets', async () => {
    const firstPage = await page('?limit=2');
    expect(names(firstPage.items)).toEqual(['break-glass', 'assigned']);
    // A newer case appears above the page already read; an older one below it, not yet reached.
    await caseRow('newest', federal, federal, 0);
    await caseRow('between', federal, federal, 7.5);
    const rest: string[] = [];
    let cursor = firstPage.nextCursor;
    while (cursor) {
      const next = await page(`?limit=2&cursor=${cursor}`);
      rest.push(...names(next.items));
      cursor = next.nextCursor;
    }
    expect(rest).toEqual(['shared', 'between', 'attracted', 'transferred', 'owned']);
    // By offset the second page would start with a case the first page already showed.
    expect(await listed('?limit=2&offset=2')).toEqual(['assigned', 'shared']);
  });

  it('orders cases opened at the same instant by id, so one-case pages still cover the list exactly', async () => {
    const twins = await database.owner.query(
      `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code, created_at)
       SELECT 'LISTA-GEMELO-' || n, $1, $1, 'PUE', now() - interval '11 minutes' FROM generate_series(1, 3) n
       RETURNING id`,
      [federal],
    );
    expect(twins.rowCount).toBe(3);
    const whole = await page('?limit=200');
    expect((await walkForward('?limit=1')).flat()).toEqual(names(whole.items));
    expect(whole.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(twins.rows.map((row) => row.id)),
    );
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
