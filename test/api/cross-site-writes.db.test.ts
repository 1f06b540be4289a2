import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople } from '../support/case-records.ts';

/**
 * Every write route is refused from another site, before its body is read; the writes that do not take
 * JSON (imports and attachment uploads have their own body parsers) are shown to write nothing.
 */
const bed = openAccessBed();
let prosecutor: Awaited<ReturnType<typeof bed.signedIn>>;
let caseId: string;

const CROSS_SITE: Record<string, string>[] = [
  { origin: 'https://malicioso.example' },
  { origin: 'null' },
  { 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site' },
];

const BUNDLE = `${[
  { type: 'enlace-bundle', version: 1 },
  { type: 'case', id: 'carpeta-csrf-001', stateCode: 'PUE', openedOn: '2012-03-01' },
]
  .map((record) => JSON.stringify(record))
  .join('\n')}\n`;

const CSV = 'Case ID,Person ID\ncarpeta-csrf-002,persona-csrf-001\n';

const PDF = Buffer.from('%PDF-1.4\n% Documento sintetico de prueba\n%%EOF\n');

const count = async (table: string) =>
  (await bed.database.owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

async function post(
  path: string,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string>,
) {
  const response = await fetch(`${bed.server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-file-name': encodeURIComponent('acta.pdf'),
      cookie: prosecutor.cookie() ?? '',
      ...headers,
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

beforeAll(async () => {
  prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  caseId = (await caseWithPeople(prosecutor)).caseId;
});

describe('a write from another site', () => {
  it('cannot import a bundle or a CSV', async () => {
    const cases = await count('cases');
    for (const headers of CROSS_SITE) {
      for (const [contentType, body] of [
        ['application/x-ndjson', BUNDLE],
        ['text/csv', CSV],
      ] as const) {
        const refused = await post('/api/v1/imports', contentType, body, headers);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('csrf_rejected');
      }
    }
    expect(await count('cases')).toBe(cases);
    expect(await count('import_keys')).toBe(0);

    // The same bundle from the web app's own page is imported: the refusal above was the origin's.
    const sameOrigin = await post('/api/v1/imports', 'application/x-ndjson', BUNDLE, {
      origin: bed.server.baseUrl,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.status).toBe(200);
    expect(await count('cases')).toBe(cases + 1);
  });

  it('cannot upload an attachment', async () => {
    const path = `/api/v1/cases/${caseId}/attachments?fieldGroup=investigation`;
    for (const headers of CROSS_SITE) {
      const refused = await post(path, 'application/octet-stream', PDF, headers);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('csrf_rejected');
    }
    expect(await count('case_attachments')).toBe(0);

    const sameOrigin = await post(path, 'application/octet-stream', PDF, {
      origin: bed.server.baseUrl,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.status).toBe(201);
    expect(await count('case_attachments')).toBe(1);
  });

  it('cannot send a form in its place: multipart, url-encoded and plain text bodies get 415', async () => {
    for (const contentType of [
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'text/plain',
    ]) {
      for (const path of [
        '/api/v1/imports',
        `/api/v1/cases/${caseId}/attachments?fieldGroup=investigation`,
      ]) {
        const refused = await post(path, contentType, 'a=b', {});
        expect(refused.status).toBe(415);
      }
    }
    expect(await count('case_attachments')).toBe(1);
  });
});

describe('every write route of the OpenAPI document', () => {
  it('answers 403 csrf_rejected to a signed-in request from any kind of other site', async () => {
    const document = await prosecutor.call('GET', '/api/openapi.json');
    const writes = Object.entries(document.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, caseId) })),
    );
    expect(writes.length).toBeGreaterThan(60);
    const notRefused: string[] = [];
    for (const { method, path } of writes) {
      for (const headers of CROSS_SITE) {
        const response = await prosecutor.call(method, path, {}, headers);
        if (response.status !== 403 || response.body?.code !== 'csrf_rejected')
          notRefused.push(`${method} ${path} ${response.status}`);
      }
    }
    expect(notRefused).toEqual([]);
  });
});
