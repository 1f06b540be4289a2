import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../../src/contracts/statistics.ts';
import { refreshLinkage } from '../../src/modules/linkage/database/refresh-linkage.ts';
import { computeAnnualFigures } from '../../src/modules/statistics/compute-annual-figures.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { type SyntheticIdentity, shareCase } from '../support/linkage.ts';
import { agency } from '../support/sessions.ts';

/**
 * Survivor figures count people: records that record linkage (the real engine, `refreshLinkage`) put
 * in one person cluster count once nationally and once in each agency's cell; a record not linked yet
 * counts alone; a pair a reviewer separated ("different") counts twice. Consent for statistics is
 * weighed per record before people are told apart. Synthetic identities; counts by hand below.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let superuser: pg.Client;
let commission: string;
let statistician: Session;

const MARIA = {
  givenNames: 'María Guadalupe',
  firstSurname: 'Cetina',
  secondSurname: 'Ramírez',
  birthDate: '1996-04-21',
};
const LUPE = {
  givenNames: 'Lupe',
  firstSurname: 'Zetina',
  secondSurname: 'Ramires',
  birthDate: '1996-04-21',
};
const XOCHITL = {
  givenNames: 'Xóchitl',
  firstSurname: 'Tzab',
  secondSurname: 'Canul',
  birthDate: '2001-09-30',
};
const ITZEL = {
  givenNames: 'Itzel Yamileth',
  firstSurname: 'Chablé',
  secondSurname: 'Poot',
  birthDate: '1999-01-17',
};
const JOSE = {
  givenNames: 'José Luis',
  firstSurname: 'Canché',
  secondSurname: 'Pech',
  birthDate: '1990-02-14',
};
const ANA = {
  givenNames: 'Ana Cristina',
  firstSurname: 'Dzul',
  secondSurname: 'Ek',
  birthDate: '1985-06-03',
};

async function survivorIn(
  session: Session,
  openedOn: string,
  identity: SyntheticIdentity,
  facts: { nationality: string; sex: string; consents: boolean },
) {
  const opened = await session.call('POST', '/api/v1/cases', { stateCode: 'PUE', openedOn });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const caseId: string = opened.body.id;
  const added = await session.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    sex: facts.sex,
    nationality: facts.nationality,
    identity,
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const personId: string = added.body.id;
  if (facts.consents) {
    const consent = await session.call('POST', `/api/v1/cases/${caseId}/consents`, {
      personId,
      scopes: ['statistics'],
      givenOn: openedOn,
    });
    expect(consent.status, JSON.stringify(consent.body)).toBe(201);
  }
  return { caseId, personId };
}

const clusterOf = async (personId: string) =>
  (await superuser.query('SELECT cluster_id FROM linkage_records WHERE person_id = $1', [personId])).rows[0]
    ?.cluster_id as string | undefined;

const ids: Record<string, string> = {};

beforeAll(async () => {
  superuser = bed.database.superuser();
  await superuser.connect();
  commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  statistician = await bed.signedIn(commission, ['statistician']);
  const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const fevimtra = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
  const gt = { nationality: 'GT', sex: 'female' };
  const mx = { nationality: 'MX', sex: 'female' };
  // Five people in nine records of 2012 (y: consent for statistics in force, n: none):
  //   A María (Puebla, y) = Lupe (FEVIMTRA, n), Guatemalan   B Xóchitl (Puebla, y) = (FEVIMTRA, y)
  //   C Itzel (Puebla, n) = (FEVIMTRA, n)                     J José Luis (Puebla, y) / (FEVIMTRA, y),
  //   which a reviewer separates: two people               Ana (Puebla, n), not linked yet.
  ids.maria = (await survivorIn(puebla, '2012-02-01', MARIA, { ...gt, consents: true })).personId;
  ids.lupe = (await survivorIn(fevimtra, '2012-03-01', LUPE, { ...gt, consents: false })).personId;
  ids.xochitlPuebla = (await survivorIn(puebla, '2012-04-01', XOCHITL, { ...mx, consents: true })).personId;
  ids.xochitlFevimtra = (
    await survivorIn(fevimtra, '2012-05-01', XOCHITL, { ...mx, consents: true })
  ).personId;
  ids.itzelPuebla = (await survivorIn(puebla, '2012-06-01', ITZEL, { ...mx, consents: false })).personId;
  ids.itzelFevimtra = (await survivorIn(fevimtra, '2012-07-01', ITZEL, { ...mx, consents: false })).personId;
  const male = { nationality: 'MX', sex: 'male', consents: true };
  ids.josePuebla = (await survivorIn(puebla, '2012-08-01', JOSE, male)).personId;
  const joseFevimtra = await survivorIn(fevimtra, '2012-09-01', JOSE, male);
  ids.joseFevimtra = joseFevimtra.personId;
  await refreshLinkage(bed.database.db, bed.server.keyRing);

  // A reviewer who may see both José Luis records says they are different people: an unmerge.
  await shareCase(fevimtra, joseFevimtra.caseId, 'FGE-PUE');
  const reviewer = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
  const linked = await reviewer.call('GET', '/api/v1/linkage/review-pairs?status=linked');
  expect(linked.status).toBe(200);
  expect(linked.body.items).toHaveLength(1);
  const decided = await reviewer.call(
    'POST',
    `/api/v1/linkage/review-pairs/${linked.body.items[0].id}/decision`,
    { decision: 'different', reason: 'El expediente físico muestra dos personas homónimas distintas' },
    ifMatch(linked.body.items[0].version),
  );
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  await refreshLinkage(bed.database.db, bed.server.keyRing);

  // Recorded after the last linkage run: no cluster yet, so it counts alone.
  ids.ana = (await survivorIn(puebla, '2012-10-01', ANA, { ...mx, consents: false })).personId;
});
afterAll(() => superuser.end());

const figuresOf = async (policy: 'aggregates' | 'consent_required', roles = ['statistician' as const]) => {
  const caller = { userId: statistician.userId, agencyId: commission, roles };
  return (await computeAnnualFigures(bed.database.db, caller, 2012, { statisticsConsent: policy }))
    .indicators;
};
const find = (figures: IndicatorFigure[], code: string) => figures.find((item) => item.code === code)!;
const cells = (figure: IndicatorFigure, dimension: string) =>
  Object.fromEntries(
    (figure.breakdowns.find((item) => item.dimension === dimension)?.cells ?? []).map((cell) => [
      cell.key,
      cell.value,
    ]),
  );
const agencyRecords = (figure: IndicatorFigure) =>
  Object.fromEntries(figure.provenance.agencies.map((item) => [item.agencyName, item.records]));

describe('the fixture as linkage left it', () => {
  it('has the linked pairs in one cluster each, the separated pair apart and the last record unlinked', async () => {
    expect(await clusterOf(ids.maria!)).toBe(await clusterOf(ids.lupe!));
    expect(await clusterOf(ids.xochitlPuebla!)).toBe(await clusterOf(ids.xochitlFevimtra!));
    expect(await clusterOf(ids.itzelPuebla!)).toBe(await clusterOf(ids.itzelFevimtra!));
    expect(await clusterOf(ids.josePuebla!)).not.toBe(await clusterOf(ids.joseFevimtra!));
    expect(await clusterOf(ids.josePuebla!)).toBeDefined();
    expect(await clusterOf(ids.ana!)).toBeUndefined();
  });
});

describe('survivors identified count people', () => {
  // Consent is weighed per record, then people are told apart among the records that may count.
  it.each([
    // policy, people (value), records counted, records kept out by consent, records per agency
    ['aggregates', 6, 9, 0, { 'FGE-PUE': 5, FEVIMTRA: 4 }],
    // Consented records: María (A), both Xóchitl (B), both José Luis (two people) → 4 people.
    ['consent_required', 4, 5, 4, { 'FGE-PUE': 3, FEVIMTRA: 2 }],
  ] as const)('%s', async (policy, people, records, excluded, byAgency) => {
    const identified = find(await figuresOf(policy), 'protection.survivors_identified');
    expect(identified.value).toBe(people);
    expect(identified.provenance).toMatchObject({
      deduplicated: true,
      persons: { records, distinct: people },
      excludedByConsent: excluded,
      atLeast: excluded > 0,
    });
    expect(agencyRecords(identified)).toEqual(byAgency);
    // Breakdowns count people among consented records only: Xóchitl once in each agency's cell and
    // once nationally, so the agency cells (3 + 2) add up to more than the 4 consented people.
    expect(cells(identified, 'agency')).toEqual({ 'FGE-PUE': 3, FEVIMTRA: 2 });
    expect(cells(identified, 'sex')).toEqual({ female: 2, male: 2 });
    expect(cells(identified, 'nationality')).toEqual({ GT: 1, MX: 3 });
  });

  it('counts a Guatemalan seen by two agencies, one without consent, as one foreign survivor', async () => {
    const aggregates = find(await figuresOf('aggregates'), 'protection.foreign_survivors');
    expect(aggregates.value).toBe(1);
    expect(aggregates.provenance.persons).toEqual({ records: 2, distinct: 1 });
    expect(cells(aggregates, 'nationality')).toEqual({ GT: 1 });
    const required = find(await figuresOf('consent_required'), 'protection.foreign_survivors');
    expect(required.value).toBe(1);
    expect(required.provenance).toMatchObject({ persons: { records: 1, distinct: 1 }, excludedByConsent: 1 });
  });

  it('leaves figures that count no survivor as records, not de-duplicated', async () => {
    const convictions = find(await figuresOf('aggregates'), 'prosecution.investigations');
    expect(convictions.provenance).toMatchObject({ deduplicated: false, persons: null });
  });
});

describe('who may count people', () => {
  it('gives a statistician of an operational agency the same aggregates and no id', async () => {
    const elsewhere = await bed.signedIn(bed.agencies.fevimtra, ['statistician']);
    const response = await elsewhere.call('GET', '/api/v1/statistics/annual/2012');
    expect(response.status).toBe(200);
    const identified = find(response.body.indicators, 'protection.survivors_identified');
    expect(identified.value).toBe(6);
    const uuids = JSON.stringify(response.body).match(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    );
    const agencyIds = new Set([bed.agencies.puebla, bed.agencies.fevimtra]);
    expect((uuids ?? []).filter((id) => !agencyIds.has(id))).toEqual([]);
    const clusters = await withActor(
      bed.database.db,
      { userId: elsewhere.userId, agencyId: bed.agencies.fevimtra, roles: ['statistician'] },
      (trx) => trx.selectFrom('linkage_records').selectAll().execute(),
    );
    expect(clusters).toEqual([]);
  });

  it('hands a supervisor outside the commission no figure and no cell', async () => {
    const supervisor = await bed.signedIn(bed.agencies.fevimtra, ['supervisor']);
    expect((await supervisor.call('GET', '/api/v1/statistics/annual/2012')).status).toBe(404);
    const rows = await withActor(
      bed.database.db,
      { userId: supervisor.userId, agencyId: bed.agencies.fevimtra, roles: ['supervisor'] },
      async (trx) =>
        (
          await sql`SELECT * FROM enlace_statistics_cells('2012-01-01', '2013-01-01', '2026-01-01', '{}')`.execute(
            trx,
          )
        ).rows,
    );
    expect(rows).toEqual([]);
  });
});
