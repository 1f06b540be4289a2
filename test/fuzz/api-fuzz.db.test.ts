import { mkdir, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople } from '../support/case-records.ts';
import { providerWithService } from '../support/referrals.ts';
import { userWithSession } from '../support/sessions.ts';
import {
  type FuzzRequest,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  REQUEST_KINDS,
  requestsFor,
} from './fuzz-requests.ts';
import { type Answer, contractChecker } from './response-contract.ts';
import { MARKER } from './schema-arbitraries.ts';

/**
 * Every operation of the published OpenAPI document, fed valid, boundary and hostile requests from
 * several callers: no answer may be a 5xx or break the operation's published contract, and no planted
 * marker may come back in an error or reach the log. `ENLACE_FUZZ_REQUESTS` (default 10,000) sets the
 * total; `ENLACE_FUZZ_SEED` replays a run.
 */
const TOTAL_REQUESTS = Number(process.env.ENLACE_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.ENLACE_FUZZ_SEED ?? Date.now() % 2 ** 31);
const IN_FLIGHT = 8;
/** Operations that can end sessions or change accounts: the callers sign in afresh after them. */
const ACCOUNT_CHANGING = /^\/api\/v1\/(session|admin)\b/;

const bed = openAccessBed();

type Failure = {
  operation: string;
  kind: string;
  status: number;
  problem: string;
  request: string;
  answer: string;
};

it(`answers ${TOTAL_REQUESTS} generated requests within contract (seed ${SEED})`, {
  timeout: 30 * 60_000,
}, async () => {
  const document = (await (await fetch(`${bed.server.baseUrl}/api/openapi.json`)).json()) as OpenApiDocument;
  const operations = operationsOf(document);
  const check = contractChecker(problemSchemaOf(document));
  const knownIds = await seedRecords();
  const perOperation = Math.ceil(TOTAL_REQUESTS / operations.length);
  const failures: Failure[] = [];
  const perEndpoint: Record<string, Record<string, number>> = {};

  let cookies = await callerCookies();
  for (const [index, operation] of operations.entries()) {
    const requests = fc.sample(requestsFor(operation, { knownIds, callers: cookies.length + 1 }), {
      numRuns: perOperation,
      seed: SEED + index,
    });
    const tally: Record<string, number> = {};
    const started = performance.now();
    await inBatches(requests, async (request) => {
      const answer = await send(request, cookies[request.caller]);
      tally[request.kind] = (tally[request.kind] ?? 0) + 1;
      const problem = check(operation, answer) ?? leakedMarker(answer);
      if (problem) failures.push(describeFailure(operation, request, answer, problem));
    });
    perEndpoint[`${operation.method} ${operation.path}`] = {
      ...tally,
      ms: Math.round(performance.now() - started),
    };
    if (ACCOUNT_CHANGING.test(operation.path)) cookies = await callerCookies();
  }

  await report(perEndpoint, failures);
  const sent = Object.values(perEndpoint)
    .flatMap((tally) => REQUEST_KINDS.map((kind) => tally[kind] ?? 0))
    .reduce((a, b) => a + b, 0);
  expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
  expect(failures.slice(0, 15)).toEqual([]);
  expect(bed.server.logs()).not.toContain(MARKER);
});

/** Every error answer shares one problem+json schema; the document states it on each operation's 404. */
function problemSchemaOf(document: OpenApiDocument) {
  const schema =
    document.paths['/api/v1/cases/{caseId}']?.get?.responses['404']?.content?.['application/json']?.schema;
  if (!schema) throw new Error('the OpenAPI document no longer states the problem schema where expected');
  return schema;
}

/** Records the generated ids can point at, so that valid requests reach past "not found". */
async function seedRecords(): Promise<string[]> {
  const prosecutor = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor', 'supervisor', 'case_worker']);
  for (let index = 0; index < 3; index++) await caseWithPeople(prosecutor, 'PUE');
  await providerWithService(bed);
  const ids = await bed.database.owner.query<{ id: string }>(
    `SELECT id::text FROM cases UNION ALL SELECT id::text FROM people UNION ALL SELECT id::text FROM agencies
     UNION ALL SELECT id::text FROM users`,
  );
  return ids.rows.map((row) => row.id);
}

const CALLERS: { agency: keyof typeof bed.agencies; roles: Role[] }[] = [
  { agency: 'fevimtra', roles: ['prosecutor', 'supervisor', 'case_worker', 'investigator'] },
  { agency: 'puebla', roles: ['intake_officer', 'shelter_staff'] },
  { agency: 'platform', roles: ['administrator'] },
  { agency: 'fevimtra', roles: ['auditor'] },
  { agency: 'fevimtra', roles: ['statistician'] },
];

let callerSerial = 0;

/** A fresh session for each kind of caller. */
async function callerCookies(): Promise<string[]> {
  const cookies = [];
  for (const caller of CALLERS) {
    const user = await userWithSession(bed.database, {
      username: `fuzz-${++callerSerial}`,
      agencyId: bed.agencies[caller.agency],
      roles: caller.roles,
    });
    cookies.push(user.cookie);
  }
  return cookies;
}

async function send(request: FuzzRequest, cookie: string | undefined): Promise<Answer> {
  const response = await fetch(`${bed.server.baseUrl}${request.url}`, {
    method: request.method,
    headers: {
      'accept-language': 'es-MX',
      ...request.headers,
      ...(cookie ? { cookie } : {}),
      origin: bed.server.baseUrl,
    },
    ...(request.body !== undefined && request.method !== 'GET' ? { body: request.body } : {}),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const leakedMarker = (answer: Answer) =>
  answer.status >= 400 && answer.text.includes(MARKER) ? 'a planted marker came back in an error' : undefined;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += IN_FLIGHT)
    await Promise.all(items.slice(start, start + IN_FLIGHT).map(work));
}

const describeFailure = (
  operation: Operation,
  request: FuzzRequest,
  answer: Answer,
  problem: string,
): Failure => ({
  operation: `${operation.method} ${operation.path}`,
  kind: request.kind,
  status: answer.status,
  problem,
  request: `${request.url.slice(0, 200)} ${request.body?.slice(0, 300) ?? ''}`,
  answer: answer.text.slice(0, 400),
});

async function report(perEndpoint: Record<string, Record<string, number>>, failures: Failure[]) {
  await mkdir('artifacts/fuzz', { recursive: true });
  const kinds = Object.fromEntries(
    REQUEST_KINDS.map((kind) => [
      kind,
      Object.values(perEndpoint).reduce((sum, tally) => sum + (tally[kind] ?? 0), 0),
    ]),
  );
  await writeFile(
    'artifacts/fuzz/summary.json',
    `${JSON.stringify({ seed: SEED, operations: Object.keys(perEndpoint).length, kinds, failures, perEndpoint }, null, 2)}\n`,
  );
}
