import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { fixtureFiguresSource } from '../support/annual-figures.ts';
import { ifMatch } from '../support/case-records.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The annual report over hand-built figures (in place of the statistics engine), its
 * assessment and the recommendations tracker: who may read, who may write, what bad input answers.
 */
let database: TestDatabase;
let server: TestApp;
let agencies: { commission: string; puebla: string; inm: string };
type Client = Awaited<ReturnType<typeof signedInClient>>;
let commission: Client;
let commissionSupervisor: Client;
let statistician: Client;
let prosecutor: Client;
let pueblaSupervisor: Client;

const signedIn = (agencyId: string, roles: Parameters<typeof signedInClient>[3]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

/** Raw GET keeping the session, for answers that are not JSON. */
async function fetchRaw(client: Client, path: string, language = 'es-MX') {
  const response = await fetch(`${server.baseUrl}${path}`, {
    headers: { cookie: client.cookie() ?? '', 'accept-language': language },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const count = async (table: string) =>
  Number((await database.owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database, {}, undefined, { annualFiguresSource: fixtureFiguresSource });
  agencies = {
    commission: await agency(database, 'CIT', { type: 'interagency_commission', level: 'federal' }),
    puebla: await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' }),
    inm: await agency(database, 'INM', { type: 'migration_institute', level: 'federal' }),
  };
  commission = await signedIn(agencies.commission, ['statistician']);
  commissionSupervisor = await signedIn(agencies.commission, ['supervisor']);
  statistician = await signedIn(agencies.puebla, ['statistician']);
  prosecutor = await signedIn(agencies.puebla, ['prosecutor']);
  pueblaSupervisor = await signedIn(agencies.puebla, ['supervisor']);
});

afterAll(async () => {
  await server.close();
  await database.close();
});

describe('GET /reports/annual/{year}', () => {
  it('answers the JSON document in the language asked, with year-over-year sentences', async () => {
    const answer = await commission.call('GET', '/api/v1/reports/annual/2012?lang=en');
    expect(answer.status).toBe(200);
    expect(answer.body.format).toBe('enlace-annual-report');
    expect(answer.body.figures.year).toBe(2012);
    expect(answer.body.previousFigures.year).toBe(2011);
    expect(answer.body.text.summary.join(' ')).toContain('increased from 14 in 2011 to at least 25 in 2012');
    // Mexico's seeded history reaches 2015; 2012 is recorded as tier 2.
    expect(answer.body.text.title).toBe('Mexico (Tier 2)');
    expect(answer.body.assessment.history.at(-1)).toEqual({ year: 2011, tier: '2', waived: false });
  });

  it('defaults to the reader language and renders Markdown, HTML (with its own CSP) and PDF', async () => {
    const md = await fetchRaw(statistician, '/api/v1/reports/annual/2012?format=md');
    expect(md.response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.bytes.toString()).toContain('aumentó de 14 en 2011 a al menos 25 en 2012');
    const html = await fetchRaw(statistician, '/api/v1/reports/annual/2012?format=html&lang=en');
    expect(html.response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    expect(html.bytes.toString()).toContain('<html lang="en">');
    const pdf = await fetchRaw(statistician, '/api/v1/reports/annual/2012?format=pdf');
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    ['a year that is not a number', '/api/v1/reports/annual/dosmil?format=json', 'year'],
    ['a year before the history', '/api/v1/reports/annual/1999', 'year'],
    ['an unknown language', '/api/v1/reports/annual/2012?lang=fr', 'lang'],
    ['an unknown format', '/api/v1/reports/annual/2012?format=docx', 'format'],
    ['an unknown parameter', '/api/v1/reports/annual/2012?tier=1', 'tier'],
  ])('refuses %s with a clear error', async (_name, path, field) => {
    const answer = await commission.call('GET', path);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
    expect(JSON.stringify(answer.body.errors)).toContain(field);
  });

  it('is not found for anyone but statisticians and the commission', async () => {
    for (const outsider of [prosecutor, pueblaSupervisor, await signedIn(agencies.inm, ['case_worker'])]) {
      const answer = await outsider.call('GET', '/api/v1/reports/annual/2012');
      expect([answer.status, answer.body.code]).toEqual([404, 'not_found']);
    }
  });

  it('audits every reading without any figure in the audit entry', async () => {
    const before = await count(`audit_entries WHERE action = 'report.read'`);
    await commission.call('GET', '/api/v1/reports/annual/2012');
    expect(await count(`audit_entries WHERE action = 'report.read'`)).toBe(before + 1);
  });
});

describe('assessment', () => {
  it('stores a judgement with who and when, shows it on the scorecard, and versions changes', async () => {
    const path = '/api/v1/assessments/2012/criteria/law_enforcement';
    const first = await commission.call('PUT', path, {
      rating: 'partly_met',
      note: 'Más condenas estatales',
    });
    expect([first.status, first.headers.get('etag')]).toEqual([201, '"1"']);
    expect(first.body).toMatchObject({ rating: 'partly_met', version: 1, year: 2012 });
    expect((await commission.call('PUT', path, { rating: 'met', note: 'Revisado' })).status).toBe(428);
    expect((await commission.call('PUT', path, { rating: 'met', note: 'Revisado' }, ifMatch(7))).status).toBe(
      412,
    );
    const second = await commissionSupervisor.call(
      'PUT',
      path,
      { rating: 'met', note: 'Revisado' },
      ifMatch(1),
    );
    expect([second.status, second.body.version]).toEqual([200, 2]);
    const report = await statistician.call('GET', '/api/v1/reports/annual/2012?lang=en');
    const row = report.body.text.assessment.rows.find((candidate: { criterion: string }) =>
      candidate.criterion.startsWith('Vigorous'),
    );
    expect(row.judgement).toBe('Met: Revisado');
    expect(row.reviewer).toMatch(/^usuario-prueba-\d+, \d{4}-\d{2}-\d{2}$/);
  });

  it('corrects tiers with If-Match, and suggests tier 3 after two Watch List years without progress', async () => {
    expect(
      (await commission.call('PUT', '/api/v1/assessments/2010/tier', { tier: '2_watch_list' })).status,
    ).toBe(428);
    for (const year of [2010, 2011]) {
      const corrected = await commission.call(
        'PUT',
        `/api/v1/assessments/${year}/tier`,
        { tier: '2_watch_list' },
        ifMatch(1),
      );
      expect([corrected.status, corrected.body]).toEqual([
        200,
        { year, tier: '2_watch_list', waived: false, version: 2 },
      ]);
    }
    const judged = await commission.call('PUT', '/api/v1/assessments/2012/criteria/appreciable_progress', {
      rating: 'not_met',
      note: 'Sin avance apreciable',
    });
    expect(judged.status).toBe(201);
    const report = await commission.call('GET', '/api/v1/reports/annual/2012');
    expect(report.body.assessment.suggestion).toEqual({
      tier: '3',
      reasons: [
        'minimum_standards_not_met',
        'significant_efforts',
        'no_evidence_of_increasing_efforts',
        'watch_list_limit',
        'watch_list_waiver_available',
      ],
    });
    // The title keeps the tier recorded for 2012; the suggestion is only that.
    expect(report.body.text.title).toBe('México (Nivel 2)');
    const fresh = await commission.call('PUT', '/api/v1/assessments/2030/tier', { tier: '2_watch_list' });
    expect([fresh.status, fresh.headers.get('etag')]).toEqual([201, '"1"']);
    const unassessed = await commission.call('GET', '/api/v1/reports/annual/2031');
    expect(unassessed.body.text.title).toMatch(/^México \(Nivel \d.*, sugerido\)$/);
  });

  it.each([
    ['an unknown criterion', '/api/v1/assessments/2012/criteria/good_will', { rating: 'met', note: 'x' }],
    ['an unknown rating', '/api/v1/assessments/2012/criteria/prevention', { rating: 'excellent', note: 'x' }],
    [
      'an unknown field',
      '/api/v1/assessments/2012/criteria/prevention',
      { rating: 'met', note: 'x', score: 3 },
    ],
    ['a judgement without its reason', '/api/v1/assessments/2012/criteria/prevention', { rating: 'met' }],
    [
      'a judgement with a blank reason',
      '/api/v1/assessments/2012/criteria/prevention',
      { rating: 'met', note: '  ' },
    ],
    ['a waiver off the Watch List', '/api/v1/assessments/2019/tier', { tier: '2', waived: true }],
  ])('refuses %s, storing nothing', async (_name, path, body) => {
    const before = (await count('assessment_judgements')) + (await count('tier_history'));
    const answer = await commission.call('PUT', path, body);
    expect([answer.status, answer.body.code]).toEqual([400, 'validation_failed']);
    expect((await count('assessment_judgements')) + (await count('tier_history'))).toBe(before);
  });

  it('lets readers outside the commission read but not judge, and hides it from everyone else', async () => {
    const path = '/api/v1/assessments/2012/criteria/prevention';
    const reader = await statistician.call('PUT', path, { rating: 'met', note: 'Revisado' });
    expect([reader.status, reader.body.code]).toEqual([403, 'report_write_forbidden']);
    const outsider = await pueblaSupervisor.call('PUT', path, { rating: 'met', note: 'Revisado' });
    expect([outsider.status, outsider.body.code]).toEqual([404, 'not_found']);
  });

  it('keeps a judgement out of reach of a query the application got wrong', async () => {
    const attempt = withActor(
      database.db,
      { userId: statistician.userId, agencyId: agencies.puebla, roles: ['statistician'] },
      (trx) =>
        trx
          .insertInto('assessment_judgements')
          .values({ year: 2012, criterion: 'extradition', rating: 'met', reviewer_id: statistician.userId })
          .execute(),
    );
    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });
});

describe('recommendations tracker', () => {
  let itemId: string;

  it('loads the seed recommendations once, owned by the institutions that would own them', async () => {
    const loaded = await commission.call('POST', '/api/v1/recommendations/seed');
    expect(loaded.body).toEqual({ added: 9 });
    expect((await commission.call('POST', '/api/v1/recommendations/seed')).body).toEqual({ added: 0 });
    const list = await commission.call('GET', '/api/v1/recommendations');
    expect(list.body.items).toHaveLength(9);
    const identify = list.body.items.find((item: { textEn: string }) =>
      item.textEn.startsWith('Enhance formal'),
    );
    expect(identify.ownerAgency.code).toBe('INM');
  });

  it('creates, changes with If-Match, and keeps progress notes with who and when', async () => {
    const created = await commission.call('POST', '/api/v1/recommendations', {
      textEs: 'Publicar las cifras nacionales cada trimestre',
      textEn: 'Publish national figures every quarter',
      ownerAgencyId: agencies.puebla,
      dueOn: '2013-12-31',
      indicatorCodes: ['prosecution.convictions'],
    });
    expect([created.status, created.body.status, created.headers.get('etag')]).toEqual([
      201,
      'not_started',
      '"1"',
    ]);
    itemId = created.body.id;
    const path = `/api/v1/recommendations/${itemId}`;
    expect((await commission.call('PATCH', path, { status: 'in_progress', progressNote: 'x' })).status).toBe(
      428,
    );
    const noNote = await commission.call('PATCH', path, { status: 'in_progress' }, ifMatch(1));
    expect([noNote.status, noNote.body.code]).toEqual([400, 'progress_note_required']);
    const moved = await commission.call(
      'PATCH',
      path,
      { status: 'in_progress', progressNote: 'Primer tablero trimestral publicado' },
      ifMatch(1),
    );
    expect([moved.status, moved.body.version, moved.body.status]).toEqual([200, 2, 'in_progress']);
    expect(moved.body.notes).toEqual([
      expect.objectContaining({ text: 'Primer tablero trimestral publicado', status: 'in_progress' }),
    ]);
    const stale = await commission.call('PATCH', path, { dueOn: '2014-06-30' }, ifMatch(1));
    expect(stale.status).toBe(412);
    const report = await commission.call('GET', '/api/v1/reports/annual/2012?lang=en');
    const line = report.body.text.recommendations.find((item: { text: string }) =>
      item.text.startsWith('Publish national'),
    );
    expect(line.status).toBe('In progress');
    expect(line.measures).toEqual(['Convictions: at least 25 (2011: 14)']);
    expect(line.progress[0]).toMatch(
      /^\d{4}-\d{2}-\d{2} \(In progress\): Primer tablero trimestral publicado$/,
    );
  });

  it.each([
    [
      'no English text',
      { textEs: 'Algo', ownerAgencyId: '00000000-0000-4000-8000-000000000000', dueOn: '2013-01-01' },
    ],
    [
      'a malformed date',
      {
        textEs: 'A',
        textEn: 'A',
        ownerAgencyId: '00000000-0000-4000-8000-000000000000',
        dueOn: '31/12/2013',
      },
    ],
    [
      'a malformed indicator code',
      {
        textEs: 'A',
        textEn: 'A',
        ownerAgencyId: '00000000-0000-4000-8000-000000000000',
        dueOn: '2013-01-01',
        indicatorCodes: ['Convictions!'],
      },
    ],
  ])('refuses %s, storing nothing', async (_name, body) => {
    const before = await count('recommendations');
    const answer = await commission.call('POST', '/api/v1/recommendations', body);
    expect([answer.status, answer.body.code]).toEqual([400, 'validation_failed']);
    expect(await count('recommendations')).toBe(before);
  });

  it('refuses an owner agency that does not exist', async () => {
    const answer = await commission.call('POST', '/api/v1/recommendations', {
      textEs: 'A',
      textEn: 'A',
      ownerAgencyId: '00000000-0000-4000-8000-000000000000',
      dueOn: '2013-01-01',
    });
    expect([answer.status, answer.body.code]).toEqual([400, 'recommendation_owner_unknown']);
  });

  it('shows an owner agency its own items only, and nothing to others', async () => {
    const own = await pueblaSupervisor.call('GET', '/api/v1/recommendations');
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([itemId]);
    expect((await pueblaSupervisor.call('GET', `/api/v1/recommendations/${itemId}`)).status).toBe(200);
    const change = await pueblaSupervisor.call(
      'PATCH',
      `/api/v1/recommendations/${itemId}`,
      { dueOn: '2014-01-01' },
      ifMatch(2),
    );
    expect([change.status, change.body.code]).toEqual([404, 'not_found']);
    const inm = await signedIn(agencies.inm, ['case_worker']);
    expect((await inm.call('GET', `/api/v1/recommendations/${itemId}`)).status).toBe(404);
    const seen = await inm.call('GET', '/api/v1/recommendations');
    expect(
      seen.body.items.every((item: { ownerAgency: { code: string } }) => item.ownerAgency.code === 'INM'),
    ).toBe(true);
    const statisticianWrite = await statistician.call('POST', '/api/v1/recommendations/seed');
    expect([statisticianWrite.status, statisticianWrite.body.code]).toEqual([403, 'report_write_forbidden']);
  });
});
