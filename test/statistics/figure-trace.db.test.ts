import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../../src/contracts/statistics.ts';
import type { FigureTrace } from '../../src/contracts/statistics-trace.ts';
import { INDICATORS } from '../../src/modules/statistics/indicators.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { agency } from '../support/sessions.ts';

/**
 * Tracing a figure to its records. Puebla's case A and Chiapas' cases B (kept to Chiapas) and D (shared
 * with Puebla), all of 2012, with a case of 2011 that no 2012 figure counts. Names carry a marker that
 * must never appear in a trace.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
const NAME_MARKER = 'Zacarías-Marcador';
let statistician: Session;
let pueblaProsecutor: Session;
const cases: Record<string, { id: string; reference: string }> = {};

const created = async (response: Promise<{ status: number; body: { id: string } }>) => {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
};

async function caseOf(session: Session, name: string, stateCode: string, openedOn: string) {
  const opened = await session.call('POST', '/api/v1/cases', { stateCode, openedOn });
  expect(opened.status).toBe(201);
  cases[name] = { id: opened.body.id, reference: opened.body.reference };
  const post = (suffix: string, body: object) =>
    created(session.call('POST', `/api/v1/cases/${opened.body.id}/${suffix}`, body));
  return { post, person: (body: object) => post('people', body) };
}

/** A case with a survivor (named with the marker), a suspect convicted of one form, in one year. */
async function prosecutedCase(session: Session, name: string, state: string, year: number, form: string) {
  const file = await caseOf(session, name, state, `${year}-02-01`);
  const survivor = await file.person({
    role: 'survivor',
    sex: 'female',
    nationality: 'GT',
    identity: { givenNames: NAME_MARKER },
  });
  const suspect = await file.person({ role: 'suspect', identity: { givenNames: NAME_MARKER } });
  await file.post('exploitations', { personId: survivor, forms: [form] });
  const proceeding = await file.post('legal-proceedings', {
    investigationOpenedOn: `${year}-03-01`,
    prosecutionInitiatedOn: `${year}-04-02`,
  });
  const charge = await file.post('charges', {
    proceedingId: proceeding,
    personId: suspect,
    lawArticle: '10',
    form,
    chargedOn: `${year}-04-02`,
  });
  await file.post('verdicts', {
    chargeId: charge,
    outcome: 'conviction',
    decidedOn: `${year}-10-01`,
    prisonYears: 9,
    prisonMonths: 0,
  });
  return file;
}

beforeAll(async () => {
  const commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  statistician = await bed.signedIn(commission, ['statistician']);
  pueblaProsecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const chiapas = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
  await prosecutedCase(pueblaProsecutor, 'A', 'PUE', 2012, 'sexual_exploitation');
  const b = await prosecutedCase(chiapas, 'B', 'CHP', 2012, 'forced_labour');
  await b.post('bilateral-investigations', {
    countryCode: 'GT',
    partnerAgency: 'Ministerio Público',
    startedOn: '2012-07-10',
  });
  await prosecutedCase(chiapas, 'D', 'CHP', 2012, 'sexual_exploitation');
  await created(
    chiapas.call('POST', `/api/v1/cases/${cases.D!.id}/shares`, {
      agencyCode: 'FGE-PUE',
      reason: 'Investigación conjunta',
    }),
  );
  await prosecutedCase(pueblaProsecutor, 'C', 'PUE', 2011, 'sexual_exploitation');
});

const trace = async (session: Session, code: string, query = '') => {
  const response = await session.call(
    'GET',
    `/api/v1/statistics/annual/2012/indicators/${code}/records${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as FigureTrace;
};
const referencesOf = (body: FigureTrace) => body.items.map((item) => item.caseReference).sort();

describe('the records behind a figure', () => {
  it('lists every record to a national statistician, as references without names', async () => {
    const body = await trace(statistician, 'prosecution.convictions');
    expect(body.traced).toBe(3);
    expect(body.hidden).toBe(0);
    expect(referencesOf(body)).toEqual([cases.A!.reference, cases.B!.reference, cases.D!.reference].sort());
    expect(
      body.items.every((item) => item.recordType === 'verdict' && item.recordedOn === '2012-10-01'),
    ).toBe(true);
    expect(body.items.map((item) => item.agencyCode).sort()).toEqual(['FGE-CHP', 'FGE-CHP', 'FGE-PUE']);
    // Statisticians never open case rows.
    expect(body.items.some((item) => item.opensCase)).toBe(false);
    expect(JSON.stringify(body)).not.toContain(NAME_MARKER);
  });

  it('lists one cell of a breakdown, keyed as the breakdown keys it', async () => {
    const byState = await trace(statistician, 'prosecution.investigations', '?dimension=state&cell=CHP');
    expect(referencesOf(byState)).toEqual([cases.B!.reference, cases.D!.reference].sort());
    const byAuthority = await trace(
      statistician,
      'prosecution.convictions',
      '?dimension=authority&cell=FGE-PUE',
    );
    expect(referencesOf(byAuthority)).toEqual([cases.A!.reference]);
    const byForm = await trace(
      statistician,
      'prosecution.investigations',
      '?dimension=form_mexican_law&cell=forced_labour',
    );
    expect(byForm.items.map((item) => [item.caseReference, item.recordType])).toEqual([
      [cases.B!.reference, 'legal_proceeding'],
    ]);
  });

  it('keeps survivors without consent for statistics out of cells, as the figure does', async () => {
    const total = await trace(statistician, 'protection.survivors_identified');
    expect(total.traced).toBe(3);
    expect(total.items.every((item) => item.recordType === 'person')).toBe(true);
    const cell = await trace(statistician, 'protection.survivors_identified', '?dimension=state&cell=CHP');
    expect(cell).toMatchObject({ traced: 0, hidden: 0, items: [], nextCursor: null });
  });

  it('adds up, for every case-count indicator and every cell, to the figure itself', async () => {
    const figures = (await statistician.call('GET', '/api/v1/statistics/annual/2012')).body
      .indicators as IndicatorFigure[];
    const traceable = INDICATORS.filter((indicator) => indicator.source === 'cells');
    expect(traceable.length).toBeGreaterThan(10);
    for (const indicator of traceable) {
      const figure = figures.find((item) => item.code === indicator.code)!;
      const whole = await trace(statistician, indicator.code, '?limit=200');
      expect(whole.traced, indicator.code).toBe(figure.value ?? 0);
      for (const breakdown of figure.breakdowns)
        for (const cell of breakdown.cells) {
          const part = await trace(
            statistician,
            indicator.code,
            `?dimension=${breakdown.dimension}&cell=${cell.key}`,
          );
          expect(part.traced, `${indicator.code} ${breakdown.dimension} ${cell.key}`).toBe(cell.value);
        }
    }
  });

  it('shows a prosecutor the records of their own and shared cases, and only counts the others', async () => {
    const body = await trace(pueblaProsecutor, 'prosecution.convictions');
    expect(body.traced).toBe(3);
    expect(body.hidden).toBe(1);
    expect(referencesOf(body)).toEqual([cases.A!.reference, cases.D!.reference].sort());
    expect(body.items.every((item) => item.opensCase)).toBe(true);
    expect(JSON.stringify(body)).not.toContain(cases.B!.id);
    const bilateral = await trace(pueblaProsecutor, 'prosecution.bilateral_investigations');
    expect(bilateral).toMatchObject({ traced: 1, hidden: 1, items: [] });
  });

  it('pages through the records with a cursor, each once', async () => {
    const seen: string[] = [];
    let query = '?limit=1';
    for (let page = 0; page < 5; page += 1) {
      const body = await trace(statistician, 'prosecution.investigations', query);
      seen.push(...body.items.map((item) => item.caseReference));
      if (!body.nextCursor) break;
      query = `?limit=1&cursor=${body.nextCursor}`;
    }
    expect(seen.sort()).toEqual([cases.A!.reference, cases.B!.reference, cases.D!.reference].sort());
  });

  it('answers not found to roles that neither compute figures nor work cases', async () => {
    for (const roles of [['auditor'], ['administrator']] as const) {
      const session = await bed.signedIn(bed.agencies.puebla, [...roles]);
      const response = await session.call(
        'GET',
        '/api/v1/statistics/annual/2012/indicators/prosecution.convictions/records',
      );
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain(cases.A!.reference);
    }
  });

  it.each([
    ['an unknown indicator', 'prosecution.nonsense', '', 404, 'indicator-unknown'],
    [
      'an indicator not counted from cases',
      'prosecution.sentence_length',
      '',
      400,
      'indicator-not-traceable',
    ],
    [
      'a breakdown the figure lacks',
      'prosecution.convictions',
      '?dimension=nationality&cell=GT',
      400,
      'trace-dimension-invalid',
    ],
    [
      'an unknown authority',
      'prosecution.convictions',
      '?dimension=authority&cell=NOPE',
      400,
      'trace-agency-unknown',
    ],
    ['a cell without its dimension', 'prosecution.convictions', '?cell=PUE', 400, 'trace-cell-incomplete'],
    ['a malformed cell', 'prosecution.convictions', '?dimension=state&cell=P%20U', 400, 'validation'],
    ['a damaged cursor', 'prosecution.convictions', '?cursor=abc', 400, 'invalid-cursor'],
  ])('refuses %s', async (_, code, query, status, problem) => {
    const response = await statistician.call(
      'GET',
      `/api/v1/statistics/annual/2012/indicators/${code}/records${query}`,
    );
    expect(response.status).toBe(status);
    expect(response.body.type).toContain(problem);
    expect(response.body.detail.length).toBeGreaterThan(20);
  });

  it('refuses a year outside the range figures are computed for', async () => {
    for (const year of [1999, 3000]) {
      const response = await statistician.call(
        'GET',
        `/api/v1/statistics/annual/${year}/indicators/prosecution.convictions/records`,
      );
      expect(response.status).toBe(400);
      expect(response.body.type).toContain('year-out-of-range');
    }
  });

  it('audits every trace with what was listed and hidden, naming no record', async () => {
    await trace(pueblaProsecutor, 'prosecution.prosecutions', '?dimension=state&cell=CHP');
    const { rows } = await bed.database.owner.query(
      `SELECT actor_user_id, record_type, record_id, details FROM audit_entries
        WHERE action = 'statistics.figure_traced' AND record_id = 'prosecution.prosecutions' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({
      actor_user_id: pueblaProsecutor.userId,
      record_type: 'indicator',
      details: { year: 2012, dimension: 'state', cell: 'CHP', listed: 1, hidden: 1 },
    });
    for (const file of Object.values(cases)) expect(JSON.stringify(rows[0])).not.toContain(file.id);
  });
});
