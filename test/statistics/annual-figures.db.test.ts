import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../../src/contracts/statistics.ts';
import { computeAnnualFigures } from '../../src/modules/statistics/compute-annual-figures.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { agency } from '../support/sessions.ts';

/**
 * The annual figures against a small country built through the API, whose answers are counted by hand
 * in the comments. Two state prosecutors' cases of 2012, one of 2011 that 2012 must not count.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let statistician: Session;
let commission: string;

const created = async (response: Promise<{ status: number; body: { id: string } }>) => {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
};

/** Opens a case with people and returns a helper to record on it. */
async function caseOf(session: Session, stateCode: string, openedOn: string) {
  const caseId = await created(session.call('POST', '/api/v1/cases', { stateCode, openedOn }));
  const post = (suffix: string, body: object) =>
    created(session.call('POST', `/api/v1/cases/${caseId}/${suffix}`, body));
  return { caseId, post, person: (body: object) => post('people', body) };
}

async function consentForStatistics(session: Session, caseId: string, personId: string) {
  await created(
    session.call('POST', `/api/v1/cases/${caseId}/consents`, {
      personId,
      scopes: ['statistics'],
      givenOn: '2012-01-10',
    }),
  );
}

beforeAll(async () => {
  commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  statistician = await bed.signedIn(commission, ['statistician']);
  const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const chiapas = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);

  // Case A, Puebla 2012: survivors A1 (woman, Guatemalan, consents) and A2 (woman, Mexican, no
  // consent); suspects K1 (a public official) and K2.
  const a = await caseOf(puebla, 'PUE', '2012-02-01');
  const a1 = await a.person({ role: 'survivor', sex: 'female', nationality: 'GT' });
  const a2 = await a.person({ role: 'survivor', sex: 'female', nationality: 'MX' });
  const k1 = await a.person({ role: 'suspect' });
  const k2 = await a.person({ role: 'suspect' });
  await consentForStatistics(puebla, a.caseId, a1);
  await a.post('exploitations', { personId: a1, forms: ['sexual_exploitation'] });
  await a.post('exploitations', { personId: a2, forms: ['forced_labour'] });
  await a.post('suspect-roles', { personId: k1, publicOfficial: true });
  const pa = await a.post('legal-proceedings', {
    investigationOpenedOn: '2012-03-01',
    prosecutionInitiatedOn: '2012-04-02',
  });
  const charge = (personId: string, lawArticle: string, form: string) =>
    a.post('charges', { proceedingId: pa, personId, lawArticle, form, chargedOn: '2012-04-02' });
  const k1Sexual = await charge(k1, '13', 'sexual_exploitation');
  const k2Labour = await charge(k2, '22', 'forced_labour');
  const k2Begging = await charge(k2, '24', 'forced_begging');
  const verdict = (chargeId: string, body: object) =>
    a.post('verdicts', { chargeId, outcome: 'conviction', decidedOn: '2012-10-01', ...body });
  await verdict(k1Sexual, { prisonYears: 10, prisonMonths: 6 });
  await verdict(k2Labour, { prisonYears: 5, prisonMonths: 0 });
  // A conviction whose term the court has not set yet: sentence lengths are incomplete.
  await verdict(k2Begging, {});
  await a.post('protection-measures', {
    personId: a1,
    kind: 'immigration_relief',
    relief: 'humanitarian_visa',
    status: 'granted',
    requestedOn: '2012-05-01',
    resolvedOn: '2012-05-20',
  });

  // Case B, Chiapas 2012: survivor B1 (Honduran, sex not recorded, consents), suspect K3.
  const b = await caseOf(chiapas, 'CHP', '2012-06-01');
  const b1 = await b.person({ role: 'survivor', nationality: 'HN' });
  const k3 = await b.person({ role: 'suspect' });
  await consentForStatistics(chiapas, b.caseId, b1);
  const pb = await b.post('legal-proceedings', {
    investigationOpenedOn: '2012-07-01',
    prosecutionInitiatedOn: '2012-08-01',
  });
  const k3Labour = await b.post('charges', {
    proceedingId: pb,
    personId: k3,
    lawArticle: '21',
    form: 'labour_exploitation',
    chargedOn: '2012-08-01',
  });
  const k3Sexual = await b.post('charges', {
    proceedingId: pb,
    personId: k3,
    lawArticle: '10',
    form: 'sexual_exploitation',
    chargedOn: '2012-08-01',
  });
  await b.post('verdicts', {
    chargeId: k3Labour,
    outcome: 'conviction',
    decidedOn: '2012-11-15',
    prisonYears: 20,
    prisonMonths: 0,
  });
  await b.post('verdicts', { chargeId: k3Sexual, outcome: 'acquittal', decidedOn: '2012-11-15' });
  await b.post('extraditions', {
    personId: k3,
    direction: 'outgoing',
    countryCode: 'US',
    requestedOn: '2012-09-01',
    status: 'granted',
    decidedOn: '2012-12-01',
  });
  await b.post('bilateral-investigations', {
    countryCode: 'GT',
    partnerAgency: 'Ministerio Público de Guatemala',
    startedOn: '2012-07-10',
  });
  await b.post('protection-measures', {
    personId: b1,
    kind: 'repatriation',
    status: 'completed',
    requestedOn: '2012-11-01',
    resolvedOn: '2012-12-10',
  });

  // Case C, Puebla 2011: nothing of it belongs to 2012.
  const c = await caseOf(puebla, 'PUE', '2011-05-01');
  await c.person({ role: 'survivor', sex: 'male', nationality: 'SV' });
  const k4 = await c.person({ role: 'suspect' });
  const pc = await c.post('legal-proceedings', {
    investigationOpenedOn: '2011-06-01',
    prosecutionInitiatedOn: '2011-07-01',
  });
  const k4Charge = await c.post('charges', {
    proceedingId: pc,
    personId: k4,
    lawArticle: '13',
    form: 'sexual_exploitation',
    chargedOn: '2011-07-01',
  });
  await c.post('verdicts', {
    chargeId: k4Charge,
    outcome: 'conviction',
    decidedOn: '2011-12-01',
    prisonYears: 8,
    prisonMonths: 0,
  });
});

const figuresOf = async (policy?: 'aggregates' | 'consent_required') => {
  if (!policy) {
    const response = await statistician.call('GET', '/api/v1/statistics/annual/2012');
    expect(response.status).toBe(200);
    return response.body.indicators as IndicatorFigure[];
  }
  const caller = { userId: statistician.userId, agencyId: commission, roles: ['statistician' as const] };
  return (await computeAnnualFigures(bed.database.db, caller, 2012, { statisticsConsent: policy }))
    .indicators;
};

const find = (figures: IndicatorFigure[], code: string) => {
  const figure = figures.find((item) => item.code === code);
  if (!figure) throw new Error(`no figure ${code}`);
  return figure;
};
const cells = (figure: IndicatorFigure, dimension: string) =>
  Object.fromEntries(
    (figure.breakdowns.find((item) => item.dimension === dimension)?.cells ?? []).map((cell) => [
      cell.key,
      cell.value,
    ]),
  );

describe('prosecution figures', () => {
  let figures: IndicatorFigure[];
  beforeAll(async () => {
    figures = await figuresOf();
  });

  it('counts convicted people once, by form under both countings, by authority and by state', () => {
    const convictions = find(figures, 'prosecution.convictions');
    expect(convictions.value).toBe(3);
    expect(cells(convictions, 'form_mexican_law')).toEqual({
      sexual_exploitation: 1,
      forced_labour: 1,
      forced_begging: 1,
      labour_exploitation: 1,
    });
    // K2's forced labour and forced begging are one Palermo purpose: K2 counts once there.
    expect(cells(convictions, 'form_palermo')).toEqual({
      sexual_exploitation: 1,
      forced_labour_or_services: 1,
      none: 1,
    });
    expect(cells(convictions, 'authority')).toEqual({ 'FGE-PUE': 2, 'FGE-CHP': 1 });
    expect(cells(convictions, 'state')).toEqual({ PUE: 2, CHP: 1 });
    expect(convictions.provenance).toMatchObject({
      deduplicated: false,
      completeness: 1,
      atLeast: false,
      excludedByConsent: 0,
    });
    expect(convictions.provenance.agencies.map((item) => [item.agencyName, item.records])).toEqual([
      ['FGE-PUE', 2],
      ['FGE-CHP', 1],
    ]);
  });

  it('counts acquittals, investigations and prosecutions of the year only', () => {
    const acquittals = find(figures, 'prosecution.acquittals');
    expect(acquittals.value).toBe(1);
    expect(cells(acquittals, 'form_palermo')).toEqual({ sexual_exploitation: 1 });
    const investigations = find(figures, 'prosecution.investigations');
    expect(investigations.value).toBe(2);
    expect(cells(investigations, 'form_mexican_law')).toEqual({
      sexual_exploitation: 2,
      forced_labour: 1,
      forced_begging: 1,
      labour_exploitation: 1,
    });
    expect(cells(investigations, 'form_palermo')).toEqual({
      sexual_exploitation: 2,
      forced_labour_or_services: 1,
      none: 1,
    });
    expect(find(figures, 'prosecution.prosecutions').value).toBe(2);
  });

  it('gives sentence lengths as minimum, median and maximum, at least when a term is missing', () => {
    const sentences = find(figures, 'prosecution.sentence_length');
    expect(sentences.distribution).toEqual({ count: 3, min: 5, median: 10.5, max: 20 });
    expect(sentences.value).toBe(10.5);
    expect(sentences.provenance).toMatchObject({ completeness: 0.75, atLeast: true });
  });

  it('counts complicity, bilateral investigations and extraditions', () => {
    for (const code of ['investigated', 'prosecuted', 'convicted'])
      expect(find(figures, `prosecution.officials_${code}`).value, code).toBe(1);
    expect(cells(find(figures, 'prosecution.officials_convicted'), 'form_mexican_law')).toEqual({
      sexual_exploitation: 1,
    });
    expect(find(figures, 'prosecution.bilateral_investigations').value).toBe(1);
    expect(find(figures, 'prosecution.extraditions').value).toBe(1);
  });
});

describe('protection figures and the consent-for-statistics policy', () => {
  it('counts every survivor in totals but only those who consented in breakdowns (aggregates)', async () => {
    const figures = await figuresOf('aggregates');
    const identified = find(figures, 'protection.survivors_identified');
    expect(identified.value).toBe(3);
    expect(cells(identified, 'nationality')).toEqual({ GT: 1, HN: 1 });
    expect(cells(identified, 'sex')).toEqual({ female: 1, unknown: 1 });
    expect(cells(identified, 'form_mexican_law')).toEqual({ sexual_exploitation: 1 });
    expect(cells(identified, 'agency')).toEqual({ 'FGE-PUE': 1, 'FGE-CHP': 1 });
    // B1 has no sex recorded: two of three survivors carry every field.
    expect(identified.provenance).toMatchObject({
      completeness: 0.6667,
      atLeast: true,
      excludedByConsent: 0,
    });
    expect(identified.provenance.agencies.map((item) => [item.agencyName, item.records])).toEqual([
      ['FGE-PUE', 2],
      ['FGE-CHP', 1],
    ]);
    const foreign = find(figures, 'protection.foreign_survivors');
    expect(foreign.value).toBe(2);
    expect(cells(foreign, 'nationality')).toEqual({ GT: 1, HN: 1 });
    expect(foreign.provenance.completeness).toBe(1);
    expect(find(figures, 'protection.immigration_relief').value).toBe(1);
    expect(cells(find(figures, 'protection.immigration_relief'), 'nationality')).toEqual({ GT: 1 });
    expect(cells(find(figures, 'protection.repatriations'), 'nationality')).toEqual({ HN: 1 });
  });

  it('leaves out those without consent altogether, and says how many (consent_required)', async () => {
    const figures = await figuresOf('consent_required');
    const identified = find(figures, 'protection.survivors_identified');
    expect(identified.value).toBe(2);
    expect(identified.provenance).toMatchObject({ excludedByConsent: 1, atLeast: true, completeness: 0.5 });
    expect(find(figures, 'protection.foreign_survivors').value).toBe(2);
    // Suspects are not survivors: the policy does not touch prosecution figures.
    expect(find(figures, 'prosecution.convictions').provenance.excludedByConsent).toBe(0);
  });
});

describe('who may compute national figures', () => {
  it('answers 404 to every role that is not a statistician or the commission’s supervisor', async () => {
    const roles = [
      'intake_officer',
      'case_worker',
      'investigator',
      'prosecutor',
      'shelter_staff',
      'supervisor',
      'auditor',
      'administrator',
    ] as const;
    for (const role of roles) {
      const session = await bed.signedIn(bed.agencies.puebla, [role]);
      const response = await session.call('GET', '/api/v1/statistics/annual/2012');
      expect(response.status, role).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('indicators');
    }
    const commissionStaff = await bed.signedIn(commission, ['case_worker']);
    expect((await commissionStaff.call('GET', '/api/v1/statistics/annual/2012')).status).toBe(404);
    const commissionSupervisor = await bed.signedIn(commission, ['supervisor']);
    const allowed = await commissionSupervisor.call('GET', '/api/v1/statistics/annual/2012');
    expect(allowed.status).toBe(200);
    expect(find(allowed.body.indicators, 'prosecution.convictions').value).toBe(3);
  });

  it('has the database hand no cells to anyone else, even through a direct query', async () => {
    const supervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    const rows = await withActor(
      bed.database.db,
      { userId: supervisor.userId, agencyId: bed.agencies.puebla, roles: ['supervisor'] },
      async (trx) => [
        ...(
          await sql`SELECT * FROM enlace_statistics_cells('2012-01-01', '2013-01-01', '2026-01-01', '{}')`.execute(
            trx,
          )
        ).rows,
        ...(await sql`SELECT * FROM enlace_statistics_sentences('2012-01-01', '2013-01-01')`.execute(trx))
          .rows,
      ],
    );
    expect(rows).toEqual([]);
  });

  it('hands statisticians no ids: no uuid of a case, person or record in the figures', async () => {
    const response = await statistician.call('GET', '/api/v1/statistics/annual/2012');
    const ids = JSON.stringify(response.body).match(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    );
    const agencyIds = new Set(Object.values(bed.agencies).concat(commission));
    expect((ids ?? []).filter((id) => !agencyIds.has(id))).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses years before 2000, after this one, and what is not a year, in the request’s language', async () => {
    const early = await statistician.call('GET', '/api/v1/statistics/annual/1999');
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('year_out_of_range');
    expect(early.body.detail).toContain('2000');
    const next = new Date().getUTCFullYear() + 1;
    const future = await statistician.call('GET', `/api/v1/statistics/annual/${next}`, undefined, {
      'accept-language': 'en',
    });
    expect(future.status).toBe(400);
    expect(future.body.detail).toContain(`between 2000 and ${next - 1}`);
    expect((await statistician.call('GET', '/api/v1/statistics/annual/dosmil')).status).toBe(400);
  });
});
