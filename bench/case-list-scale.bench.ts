import http from 'node:http';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { listCases } from '../src/modules/cases/list-cases.ts';
import type { Schema } from '../src/platform/db/schema.ts';
import { withActor } from '../src/platform/db/with-actor.ts';
import {
  load,
  percentiles,
  prosecutorSessions,
  round,
  seedAgencies,
  seedCases,
  startBenchServer,
  VISIBLE_TO_AGENCY,
} from './support/case-fixtures.ts';
import { scratchDatabase } from './support/scratch-database.ts';

type Options = { persons: number; baselinePersons: number; requests: number; warmup: number };

const DEFAULTS: Options = { persons: 1_000_000, baselinePersons: 10_000, requests: 40, warmup: 3 };

/** `cursor`: the deep page reached by the cursor the page before it hands out, rather than by offset. */
type Shape = { name: string; status?: string; stateCode?: string; deep?: boolean; cursor?: boolean };

const SHAPES: Shape[] = [
  { name: 'all, first page' },
  { name: 'status, first page', status: 'investigation' },
  { name: 'state, first page', stateCode: 'CHP' },
  { name: 'status and state, first page', status: 'investigation', stateCode: 'CHP' },
  { name: 'all, deep page', deep: true },
  { name: 'status, deep page', status: 'investigation', deep: true },
  { name: 'all, deep page by cursor', deep: true, cursor: true },
  { name: 'status, deep page by cursor', status: 'investigation', deep: true, cursor: true },
];

/**
 * Case list at scale: GET /api/v1/cases as a prosecutor of the federal prosecutor's office (which
 * reaches about one case in seven, across the 32 states: owned, transferred away, shared) for each query shape, one request at a time, on
 * `persons` people (two per case) and, in the same run, on `baselinePersons` — the ratio is what
 * scale costs. A deep page starts 90 % of the way through the caller's matching cases, reached by offset
 * or by cursor (the same page: the cursor is the one the page before it hands out), so that keyset and
 * offset compare in the same run. The first page's, the slowest shape's and the deep cursor page's plans
 * (EXPLAIN ANALYZE, BUFFERS) are captured as the application role sees them.
 */
export async function caseListScale(overrides: Partial<Options> = {}) {
  const options = { ...DEFAULTS, ...overrides };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const small = await listFixture(options.baselinePersons);
  let large: Fixture | undefined;
  try {
    large = await listFixture(options.persons);
    const shapes = [];
    for (const shape of SHAPES) {
      const baseline = await timeShape(agent, small, shape, options);
      const scaled = await timeShape(agent, large, shape, options);
      shapes.push({
        shape: shape.name,
        query: scaled.query,
        baselineQuery: baseline.query,
        matching: scaled.matching,
        baselineMatching: baseline.matching,
        ms: scaled.ms,
        baselineMs: baseline.ms,
        ratioP50: round(scaled.ms.p50 / baseline.ms.p50),
        ratioP99: round(scaled.ms.p99 / baseline.ms.p99),
      });
    }
    const slowest = shapes.reduce((worst, shape) => (shape.ms.p50 > worst.ms.p50 ? shape : worst));
    const deepByCursor = shapes.find((shape) => shape.shape === 'all, deep page by cursor')!;
    return {
      name: 'case list with filters at scale',
      persons: options.persons,
      cases: large.cases,
      visibleToCaller: large.visible,
      baselinePersons: options.baselinePersons,
      baselineCases: small.cases,
      baselineVisibleToCaller: small.visible,
      requestsPerShape: options.requests,
      loadSeconds: large.loadSeconds,
      shapes,
      slowest: slowest.shape,
      cursorVersusOffset: cursorVersusOffset(shapes),
      slowestPlan: await explain(large, slowest.query),
      deepCursorPlan: await explain(large, deepByCursor.query),
      firstPagePlan: await explain(large, shapes[0]!.query),
      previousFirstPagePlan: await explainPrevious(large),
    };
  } finally {
    agent.destroy();
    await small.close();
    await large?.close();
  }
}

async function listFixture(persons: number) {
  const database = await scratchDatabase();
  try {
    return await loaded(database, persons);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function loaded(database: Awaited<ReturnType<typeof scratchDatabase>>, persons: number) {
  const started = performance.now();
  const federal = await seedAgencies(database);
  await seedCases(database, persons / 2);
  const loadSeconds = round((performance.now() - started) / 1000, 1);
  const [session] = await prosecutorSessions(database, federal, 1);
  const server = await startBenchServer(database);
  const counts = await database.owner.query(
    `SELECT count(*)::int AS cases, count(*) FILTER (WHERE ${VISIBLE_TO_AGENCY})::int AS visible FROM cases`,
    [federal],
  );
  return {
    database,
    server,
    cookie: session!.cookie,
    caller: {
      userId: session!.userId,
      agencyId: federal,
      roles: ['prosecutor' as const],
      requestId: 'bench',
    },
    federal,
    cases: counts.rows[0].cases as number,
    visible: counts.rows[0].visible as number,
    loadSeconds,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

type Fixture = Awaited<ReturnType<typeof listFixture>>;

async function timeShape(agent: http.Agent, fixture: Fixture, shape: Shape, options: Options) {
  const matching = await fixture.database.owner.query(
    `SELECT count(*)::int AS n FROM cases WHERE ${VISIBLE_TO_AGENCY}
       AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR state_code = $3)`,
    [fixture.federal, shape.status ?? null, shape.stateCode ?? null],
  );
  const count: number = matching.rows[0].n;
  const query = new URLSearchParams({ limit: '50' });
  if (shape.status) query.set('status', shape.status);
  if (shape.stateCode) query.set('stateCode', shape.stateCode);
  const offset = shape.deep ? Math.floor((count * 0.9) / 50) * 50 : 0;
  if (shape.cursor) query.set('cursor', await cursorTo(fixture, query, offset));
  else query.set('offset', String(offset));
  const url = `${fixture.server.baseUrl}/api/v1/cases?${query}`;
  const request = () => ({ url, cookie: fixture.cookie });
  await load(agent, 1, options.warmup, request);
  const run = await load(agent, 1, options.requests, request);
  return { query: query.toString(), matching: count, ms: percentiles(run.latencies) };
}

/** The `nextCursor` of the page just before `offset`: where a reader paging by cursor would be. */
async function cursorTo(fixture: Fixture, filters: URLSearchParams, offset: number): Promise<string> {
  const before = new URLSearchParams(filters);
  before.set('offset', String(offset - 50));
  const response = await fetch(`${fixture.server.baseUrl}/api/v1/cases?${before}`, {
    headers: { cookie: fixture.cookie },
  });
  const { nextCursor } = (await response.json()) as { nextCursor: string | null };
  if (!nextCursor) throw new Error(`no page after offset ${offset - 50}`);
  return nextCursor;
}

/** The same deep page by cursor and by offset, at each scale: what the cursor saves. */
function cursorVersusOffset(shapes: { shape: string; ms: { p50: number }; baselineMs: { p50: number } }[]) {
  const p50 = (name: string) => shapes.find((shape) => shape.shape === name)!;
  return ['all', 'status'].map((filter) => {
    const offset = p50(`${filter}, deep page`);
    const cursor = p50(`${filter}, deep page by cursor`);
    return {
      filter,
      cursorOverOffsetP50: round(cursor.ms.p50 / offset.ms.p50, 3),
      baselineCursorOverOffsetP50: round(cursor.baselineMs.p50 / offset.baselineMs.p50, 3),
    };
  });
}

/** The plan of the list query the use-case sends, run as the application role with the caller's settings. */
async function explain(fixture: Fixture, queryString: string): Promise<string[]> {
  let captured: CompiledQuery | undefined;
  const logging = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool: fixture.database.app }),
    log: (event) => {
      if (event.level === 'query' && /^select .* from "cases"/s.test(event.query.sql)) captured = event.query;
    },
  });
  const params = Object.fromEntries(new URLSearchParams(queryString));
  await listCases(logging, fixture.caller, {
    limit: Number(params.limit),
    offset: Number(params.offset ?? 0),
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(params.status ? { status: params.status as never } : {}),
    ...(params.stateCode ? { stateCode: params.stateCode as never } : {}),
  });
  if (!captured) throw new Error('the list query was not captured');
  const plan = await withActor(logging, fixture.caller, (trx) =>
    trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${captured!.sql}`, [...captured!.parameters]),
    ),
  );
  // Not destroyed: `logging` shares the fixture's pool, which the fixture closes.
  return plan.rows.map((row) => row['QUERY PLAN']);
}

/**
 * The list query as it was before migration 0019 (one filter over every case, then a sort), first page
 * without filters, run once as the application role: what the change is measured against.
 */
async function explainPrevious(fixture: Fixture): Promise<string[]> {
  const plan = await withActor(fixture.database.db, fixture.caller, (trx) =>
    trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS)
        SELECT cases.id, cases.reference, cases.status, cases.state_code, cases.municipality,
               to_char(cases.opened_on, 'YYYY-MM-DD'), cases.version, cases.owning_agency_id,
               cases.opened_by_agency_id, agencies.code, agencies.name
        FROM cases INNER JOIN agencies ON agencies.id = cases.owning_agency_id
        ORDER BY cases.created_at DESC, cases.id LIMIT 50 OFFSET 0`),
    ),
  );
  return plan.rows.map((row) => row['QUERY PLAN']);
}
