import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../../src/contracts/statistics.ts';
import type { FigureTrace } from '../../src/contracts/statistics-trace.ts';
import { distributionOf } from '../../src/modules/statistics/figures.ts';
import { INDICATORS } from '../../src/modules/statistics/indicators.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
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
async function prosecutedCase(
  session: Session,
  name: string,
  state: string,
  year: number,
  form: string,
  prisonYears = 9,
) {
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
    prisonYears,
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
  const b = await prosecutedCase(chiapas, 'B', 'CHP', 2012, 'forced_labour', 12);
  await b.post('bilateral-investigations', {
    countryCode: 'GT',
    partnerAgency: 'Ministerio Público',
    startedOn: '2012-07-10',
  });
  await prosecutedCase(chiapas, 'D', 'CHP', 2012, 'sexual_exploitation', 5);
  await created(
    chiapas.call('POST', `/api/v1/cases/${cases.D!.id}/shares`, {
      agencyCode: 'FGE-PUE',
      reason: 'Investigación conjunta',
    }),
  );
  await prosecutedCase(pueblaProsecutor, 'C', 'PUE', 2011, 'sexual_exploitation');
  await openedAndDecided(pueblaProsecutor, 'A', 'PUE', 10);
  await openedAndDecided(chiapas, 'B', 'CHP', 20);
  await openedAndDecided(chiapas, 'D', 'CHP', null);
  await bed.database.owner.query(`UPDATE cases SET created_at = '2011-02-01T12:00:00Z' WHERE id = $1`, [
    cases.C!.id,
  ]);
  await recordActivities(pueblaProsecutor, chiapas);
});

/** Places a case's opening in 2012 and, unless null, decides its jurisdiction that many days later. */
async function openedAndDecided(session: Session, name: string, state: string, days: number | null) {
  const opened = new Date('2012-02-01T12:00:00Z');
  await bed.database.owner.query('UPDATE cases SET created_at = $2 WHERE id = $1', [cases[name]!.id, opened]);
  if (days === null) return;
  const decision = await session.call('POST', `/api/v1/cases/${cases[name]!.id}/jurisdiction`, {
    state,
    transnational: false,
    organizedCrime: false,
    federalTerritory: false,
    officialInvolved: false,
    suspectCount: 1,
    forms: ['sexual_exploitation'],
  });
  expect(decision.status, JSON.stringify(decision.body)).toBe(201);
  await bed.database.owner.query('UPDATE jurisdiction_decisions SET decided_at = $2 WHERE case_id = $1', [
    cases[name]!.id,
    new Date(opened.getTime() + days * 86_400_000),
  ]);
}

/** Puebla: a training and a campaign in two languages nationwide; Chiapas: a tourism training; 2011: one. */
async function recordActivities(puebla: Session, chiapas: Session) {
  const activity = (session: Session, body: object) =>
    created(
      session.call('POST', '/api/v1/prevention-activities', {
        activityType: 'training',
        heldOn: '2012-03-03',
        stateCode: 'PUE',
        audience: 'police',
        languages: ['es'],
        peopleReached: 40,
        ...body,
      }),
    );
  await activity(puebla, {});
  await activity(puebla, {
    activityType: 'awareness_campaign',
    stateCode: null,
    audience: 'general_public',
    languages: ['es', 'nahuatl'],
    peopleReached: 300,
  });
  await activity(chiapas, {
    activityType: 'tourism_training',
    stateCode: 'CHP',
    audience: 'tourism_workers',
    peopleReached: 25,
  });
  await activity(chiapas, { heldOn: '2011-05-05', stateCode: 'CHP' });
}

const trace = async (session: Session, code: string, query = '') => {
  const response = await session.call(
    'GET',
    `/api/v1/statistics/annual/2012/indicators/${code}/records${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as FigureTrace;
};
const referencesOf = (body: FigureTrace) => body.items.map((item) => item.caseReference ?? '').sort();
const figuresOf2012 = async () =>
  (await statistician.call('GET', '/api/v1/statistics/annual/2012')).body.indicators as IndicatorFigure[];
const measuresOf = (body: FigureTrace) =>
  body.items.flatMap((item) => (item.measure === null ? [] : [item.measure]));

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

  it('agrees, for every distribution and prevention indicator and every cell, with the figure', async () => {
    const figures = await figuresOf2012();
    for (const indicator of INDICATORS.filter((item) => item.source !== 'cells')) {
      const figure = figures.find((item) => item.code === indicator.code)!;
      const whole = await trace(statistician, indicator.code, '?limit=200');
      expect(whole.nextCursor, indicator.code).toBeNull();
      if (figure.distribution) {
        expect(distributionOf(measuresOf(whole)), indicator.code).toEqual(figure.distribution);
        // Completeness is rounded to four places.
        expect(measuresOf(whole).length / whole.traced, indicator.code).toBeCloseTo(
          figure.provenance.completeness,
          4,
        );
        continue;
      }
      const added = (body: FigureTrace) =>
        body.measure === null ? body.traced : measuresOf(body).reduce((sum, value) => sum + value, 0);
      expect(added(whole), indicator.code).toBe(figure.value ?? 0);
      for (const breakdown of figure.breakdowns)
        for (const cell of breakdown.cells) {
          const part = await trace(
            statistician,
            indicator.code,
            `?limit=200&dimension=${breakdown.dimension}&cell=${cell.key}`,
          );
          expect(added(part), `${indicator.code} ${breakdown.dimension} ${cell.key}`).toBe(cell.value);
        }
    }
  });

  it('lists the convictions behind the sentence lengths, each with its term in years', async () => {
    const body = await trace(statistician, 'prosecution.sentence_length');
    expect(body).toMatchObject({ traced: 3, hidden: 0, measure: 'prison_years' });
    expect(body.items.map((item) => [item.caseReference, item.recordType, item.measure]).sort()).toEqual(
      [
        [cases.A!.reference, 'verdict', 9],
        [cases.B!.reference, 'verdict', 12],
        [cases.D!.reference, 'verdict', 5],
      ].sort(),
    );
    const figure = (await figuresOf2012()).find((item) => item.code === 'prosecution.sentence_length')!;
    expect(figure.distribution).toMatchObject({ min: 5, median: 9, max: 12 });
    expect(JSON.stringify(body)).not.toContain(NAME_MARKER);
  });

  it('lists the cases behind the time to jurisdiction, with their decision and days, undecided ones too', async () => {
    const body = await trace(statistician, 'prosecution.jurisdiction_decision_days');
    expect(body).toMatchObject({ traced: 3, hidden: 0, measure: 'days_to_decision' });
    const rows = body.items.map((item) => [
      item.caseReference,
      item.recordType,
      item.jurisdiction,
      item.measure,
    ]);
    expect(rows.sort()).toEqual(
      [
        [cases.A!.reference, 'case', 'state', 10],
        [cases.B!.reference, 'case', 'state', 20],
        [cases.D!.reference, 'case', 'undetermined', null],
      ].sort(),
    );
    expect(body.items.every((item) => item.recordedOn === '2012-02-01')).toBe(true);
  });

  it('lists the activities behind a prevention figure and its cells, with what each reached', async () => {
    const reached = await trace(statistician, 'prevention.people_reached');
    expect(reached).toMatchObject({ traced: 3, hidden: 0, measure: 'people_reached' });
    expect(measuresOf(reached).sort((a, b) => a - b)).toEqual([25, 40, 300]);
    expect(reached.items.every((item) => item.caseId === null && !item.opensCase)).toBe(true);
    const nahuatl = await trace(
      statistician,
      'prevention.awareness_campaigns',
      '?dimension=language&cell=nahuatl',
    );
    expect(nahuatl.items.map((item) => item.activity)).toEqual([
      {
        activityType: 'awareness_campaign',
        audience: 'general_public',
        stateCode: null,
        languages: ['es', 'nahuatl'],
        peopleReached: 300,
      },
    ]);
    const nationwide = await trace(statistician, 'prevention.activities', '?dimension=state&cell=national');
    expect(nationwide.traced).toBe(1);
    const puebla = await trace(statistician, 'prevention.activities', '?dimension=agency&cell=FGE-PUE');
    expect(puebla.items.map((item) => item.activity?.activityType).sort()).toEqual([
      'awareness_campaign',
      'training',
    ]);
    expect((await trace(statistician, 'prevention.trainings')).traced).toBe(1);
  });

  it('shows a prosecutor the convictions and cases they may open, and their own activities, counting the rest', async () => {
    const sentences = await trace(pueblaProsecutor, 'prosecution.sentence_length');
    expect(sentences).toMatchObject({ traced: 3, hidden: 1 });
    expect(referencesOf(sentences)).toEqual([cases.A!.reference, cases.D!.reference].sort());
    const clock = await trace(pueblaProsecutor, 'prosecution.jurisdiction_decision_days');
    expect(clock).toMatchObject({ traced: 3, hidden: 1 });
    expect(JSON.stringify([sentences, clock])).not.toContain(cases.B!.id);
    const activities = await trace(pueblaProsecutor, 'prevention.activities');
    expect(activities).toMatchObject({ traced: 3, hidden: 1 });
    expect(activities.items.every((item) => item.agencyCode === 'FGE-PUE')).toBe(true);
    const reached = await trace(pueblaProsecutor, 'prevention.people_reached');
    expect(measuresOf(reached).sort((a, b) => a - b)).toEqual([40, 300]);
  });

  it('pages through activities with a cursor, each once', async () => {
    const seen: (number | null)[] = [];
    let query = '?limit=1';
    for (let page = 0; page < 5; page += 1) {
      const body = await trace(statistician, 'prevention.people_reached', query);
      seen.push(...body.items.map((item) => item.measure));
      if (!body.nextCursor) break;
      query = `?limit=1&cursor=${body.nextCursor}`;
    }
    expect(seen.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([25, 40, 300]);
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
      seen.push(...referencesOf(body));
      if (!body.nextCursor) break;
      query = `?limit=1&cursor=${body.nextCursor}`;
    }
    expect(seen.sort()).toEqual([cases.A!.reference, cases.B!.reference, cases.D!.reference].sort());
  });

  it('has the database hand the new traces to no one else, even through a direct query', async () => {
    const auditor = await bed.signedIn(bed.agencies.puebla, ['auditor']);
    const rows = await withActor(
      bed.database.db,
      { userId: auditor.userId, agencyId: bed.agencies.puebla, roles: ['auditor'] },
      async (trx) => [
        ...(
          await sql`SELECT * FROM enlace_statistics_trace_sentences('2012-01-01', '2013-01-01', NULL, 50)`.execute(
            trx,
          )
        ).rows,
        ...(
          await sql`SELECT * FROM enlace_statistics_trace_jurisdiction('2012-01-01', '2013-01-01', NULL, 50)`.execute(
            trx,
          )
        ).rows,
        ...(
          await sql`SELECT * FROM enlace_statistics_trace_prevention('2012-01-01', '2013-01-01', NULL, 'total', NULL, NULL, 50)`.execute(
            trx,
          )
        ).rows,
      ],
    );
    expect(rows).toEqual([]);
  });

  it('answers not found to roles that neither compute figures nor work cases', async () => {
    const codes = [
      'prosecution.convictions',
      'prosecution.sentence_length',
      'prosecution.jurisdiction_decision_days',
      'prevention.activities',
    ];
    for (const roles of [['auditor'], ['administrator']] as const) {
      const session = await bed.signedIn(bed.agencies.puebla, [...roles]);
      for (const code of codes) {
        const response = await session.call(
          'GET',
          `/api/v1/statistics/annual/2012/indicators/${code}/records`,
        );
        expect(response.status, code).toBe(404);
        expect(JSON.stringify(response.body)).not.toContain(cases.A!.reference);
      }
    }
  });

  it.each([
    ['an unknown indicator', 'prosecution.nonsense', '', 404, 'indicator-unknown'],
    [
      'a breakdown of a distribution, which has none',
      'prosecution.sentence_length',
      '?dimension=state&cell=PUE',
      400,
      'trace-dimension-invalid',
    ],
    [
      'a prevention cell of an unknown agency',
      'prevention.activities',
      '?dimension=agency&cell=NOPE',
      400,
      'trace-agency-unknown',
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

  it('audits the traces of distributions and activities the same way', async () => {
    await trace(pueblaProsecutor, 'prosecution.sentence_length');
    await trace(pueblaProsecutor, 'prevention.activities', '?dimension=state&cell=national');
    const { rows } = await bed.database.owner.query(
      `SELECT record_id, details FROM audit_entries
        WHERE action = 'statistics.figure_traced' AND actor_user_id = $1 ORDER BY id DESC LIMIT 2`,
      [pueblaProsecutor.userId],
    );
    expect(rows).toEqual([
      {
        record_id: 'prevention.activities',
        details: { year: 2012, dimension: 'state', cell: 'national', listed: 1, hidden: 0 },
      },
      {
        record_id: 'prosecution.sentence_length',
        details: { year: 2012, dimension: null, cell: null, listed: 2, hidden: 1 },
      },
    ]);
  });
});
