import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_AGENCY_ID_MARKER } from '../support/annual-figures-fixture.ts';
import { openPublicationBed } from '../support/publication.ts';
import { agency, userWithSession } from '../support/sessions.ts';
import { client } from '../support/test-app.ts';

/**
 * Nothing identifying reaches a public output. Markers are planted wherever identifying data lives —
 * a survivor's names, a case's municipality and reference, the ids of people, cases, users and agencies,
 * the usernames of the staff who recorded and approved, the reason a release was withdrawn, the internal
 * ids the engine's figures carry — and every public answer, in both formats and both languages, is
 * searched for each of them.
 */
let bed: Awaited<ReturnType<typeof openPublicationBed>>;
const markers: string[] = [];
const releaseIds = new Set<string>();
const ALL_CODES = [
  'prosecution.investigations',
  'prosecution.convictions',
  'prosecution.sentence_length',
  'protection.foreign_survivors',
  'protection.repatriations',
];

async function plantedClient(
  username: string,
  agencyId: string,
  roles: Parameters<typeof userWithSession>[1]['roles'],
) {
  const user = await userWithSession(bed.database, { username, agencyId, roles });
  const session = client(bed.baseUrl);
  session.setCookie(user.cookie);
  markers.push(username, user.id);
  return session;
}

beforeAll(async () => {
  bed = await openPublicationBed();
  const fevimtra = await agency(bed.database, 'FEVIMTRA', {
    type: 'federal_prosecutor_trafficking',
    level: 'federal',
  });
  markers.push(fevimtra, bed.commission, FIXTURE_AGENCY_ID_MARKER);
  const prosecutor = await plantedClient('marcador-fiscal-qz7', fevimtra, ['prosecutor']);
  const opened = await prosecutor.call('POST', '/api/v1/cases', {
    stateCode: 'PUE',
    municipality: 'Marcadorópolis Qz7',
  });
  expect(opened.status).toBe(201);
  markers.push(opened.body.id, opened.body.reference, 'Marcadorópolis Qz7');
  const person = await prosecutor.call('POST', `/api/v1/cases/${opened.body.id}/people`, {
    role: 'survivor',
    nationality: 'GT',
    identity: { givenNames: 'Zuleimarcador', firstSurname: 'Qztrapellido' },
  });
  expect(person.status).toBe(201);
  markers.push(person.body.id, 'Zuleimarcador', 'Qztrapellido');

  const approver = await plantedClient('marcador-aprobadora-qz7', bed.commission, ['statistician']);
  const approve = async (body: object) => {
    const approved = await approver.call('POST', '/api/v1/statistics/releases', body);
    expect(approved.status).toBe(201);
    return approved.body.releaseId as string;
  };
  const first = await approve({ year: 2012, indicatorCodes: ALL_CODES });
  const reason = 'Motivo marcador Qz7: cifras revisadas por la comisión.';
  markers.push(reason, 'Motivo marcador Qz7');
  const withdrawn = await approver.call('POST', `/api/v1/statistics/releases/${first}/withdrawal`, {
    reason,
  });
  expect(withdrawn.status).toBe(200);
  releaseIds.add(await approve({ year: 2012, indicatorCodes: ALL_CODES }));
  releaseIds.add(await approve({ year: 2011, indicatorCodes: ALL_CODES, epsilon: 1, threshold: 8 }));
  markers.push(first);
});
afterAll(() => bed?.close());

async function everyPublicOutput(): Promise<string[]> {
  const outputs: string[] = [];
  for (const language of ['es-MX', 'en']) {
    const get = async (path: string) => {
      const response = await fetch(`${bed.baseUrl}${path}`, { headers: { 'accept-language': language } });
      expect(response.status).toBe(200);
      const text = await response.text();
      // The request's own id names the request, not anyone: it is the one header left out.
      const headers = [...response.headers].filter(([name]) => name !== 'x-request-id');
      outputs.push(text, JSON.stringify(headers));
      return text;
    };
    const list = JSON.parse(await get('/api/v1/public/statistics'));
    expect(list.releases).toHaveLength(2);
    for (const { year } of list.releases) {
      await get(`/api/v1/public/statistics/${year}`);
      await get(`/api/v1/public/statistics/${year}/open-data.csv`);
      await get(`/api/v1/public/statistics/${year}/open-data.json`);
    }
  }
  return outputs;
}

describe('public statistics outputs', () => {
  it('contain none of the planted markers', async () => {
    const outputs = await everyPublicOutput();
    expect(outputs.length).toBeGreaterThan(10);
    for (const output of outputs)
      for (const marker of markers) expect(output.toLowerCase()).not.toContain(marker.toLowerCase());
  });

  it('name no id but the releases’ own', async () => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
    for (const output of await everyPublicOutput())
      for (const id of output.match(uuid) ?? []) expect(releaseIds).toContain(id);
  });

  it('name agencies and count records, nothing else about them', async () => {
    const release = (await (await fetch(`${bed.baseUrl}/api/v1/public/statistics/2012`)).json()) as {
      publisher: string;
      indicators: { provenance: { agencies: object[] } }[];
    };
    const keys = new Set(
      release.indicators.flatMap((indicator) =>
        indicator.provenance.agencies.flatMap((agencyEntry) => Object.keys(agencyEntry)),
      ),
    );
    expect([...keys].sort()).toEqual(['agencyName', 'agencyType', 'records', 'suppressed']);
    expect(release.publisher).toBe('CIT');
  });
});
