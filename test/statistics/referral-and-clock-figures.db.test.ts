import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorFigure } from '../../src/contracts/statistics.ts';
import { type ConsentFacts, statisticsConsentInForce } from '../../src/modules/consent/statistics-use.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { commissionSupervisor, consentToServices, providerWithService } from '../support/referrals.ts';

/**
 * This year's referral, shelter and jurisdiction-clock figures (referrals are sent today), the
 * catalogue in both languages, and the database's consent rule held to the TypeScript one.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let figures: IndicatorFigure[];
let statisticsReader: Session;
const year = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);
const DAY = 86_400_000;

const find = (code: string) => figures.find((item) => item.code === code)!;
const cells = (code: string, dimension: string) =>
  Object.fromEntries(
    (find(code).breakdowns.find((item) => item.dimension === dimension)?.cells ?? []).map((cell) => [
      cell.key,
      cell.value,
    ]),
  );

beforeAll(async () => {
  const caseWorker = await bed.signedIn(bed.agencies.chiapas, ['case_worker']);
  const prosecutor = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
  const shelter = await providerWithService(bed);
  const caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'CHP' })).body.id;
  const survivor = async (needs: string[]) =>
    (
      await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, {
        role: 'survivor',
        sex: 'male',
        needs,
      })
    ).body.id as string;
  // S1 needs a shelter and medical care, consents to statistics, and is referred to the shelter, which
  // accepts; S2 needs legal help, has no referral and no consent for statistics.
  const s1 = await survivor(['shelter', 'medical']);
  await survivor(['legal']);
  await caseWorker.call('POST', `/api/v1/cases/${caseId}/consents`, {
    personId: s1,
    scopes: ['statistics'],
    givenOn: today,
  });
  await consentToServices(caseWorker, caseId, s1, shelter.code);
  const sent = await caseWorker.call('POST', `/api/v1/cases/${caseId}/referrals`, {
    personId: s1,
    serviceId: shelter.serviceId,
    urgency: 'routine',
  });
  expect(sent.status).toBe(201);
  const accepted = await shelter.staff.call(
    'POST',
    `/api/v1/referrals/${sent.body.id}/transitions`,
    { to: 'accepted' },
    ifMatch(sent.body.version),
  );
  expect(accepted.status).toBe(200);

  // A second case whose jurisdiction was decided one day after it was opened.
  const decided = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'CHP' })).body.id;
  const decision = await prosecutor.call('POST', `/api/v1/cases/${decided}/jurisdiction`, {
    state: 'CHP',
    transnational: false,
    organizedCrime: false,
    federalTerritory: false,
    officialInvolved: false,
    suspectCount: 1,
    forms: ['sexual_exploitation'],
  });
  expect(decision.status).toBe(201);
  expect(decision.body.decision).toBe('state');
  // Opened three days ago, or at the start of the year in its first days, so the case stays in this year.
  const openedAt = Math.max(Date.now() - 3 * DAY, Date.UTC(year, 0, 1));
  await bed.database.owner.query('UPDATE cases SET created_at = $2 WHERE id = $1', [
    decided,
    new Date(openedAt),
  ]);
  await bed.database.owner.query('UPDATE jurisdiction_decisions SET decided_at = $2 WHERE case_id = $1', [
    decided,
    new Date(openedAt + DAY),
  ]);

  statisticsReader = await commissionSupervisor(bed);
  const response = await statisticsReader.call('GET', `/api/v1/statistics/annual/${year}`);
  expect(response.status).toBe(200);
  figures = response.body.indicators;
});

describe('referral and shelter figures', () => {
  it('counts the referral made and accepted, the survivor assisted and housed', () => {
    expect(find('protection.referrals_made').value).toBe(1);
    expect(cells('protection.referrals_made', 'service_type')).toEqual({ shelter: 1 });
    expect(find('protection.referrals_accepted').value).toBe(1);
    expect(find('protection.referrals_overdue').value).toBe(0);
    expect(find('protection.survivors_assisted').value).toBe(1);
    expect(find('protection.shelter_use').value).toBe(1);
    expect(find('protection.shelter_use').provenance.agencies.map((agency) => agency.records)).toEqual([1]);
  });

  it('counts needs left without a service, breaking down only the consenting survivor’s', () => {
    expect(find('protection.unmet_needs').value).toBe(2);
    expect(cells('protection.unmet_needs', 'service_type')).toEqual({ medical: 1 });
  });
});

describe('time to a jurisdiction decision', () => {
  it('measures decided cases by the jurisdiction clock; undecided ones make it "at least"', () => {
    const clock = find('prosecution.jurisdiction_decision_days');
    expect(clock.distribution).toEqual({ count: 1, min: 1, median: 1, max: 1 });
    expect(clock.value).toBe(1);
    expect(clock.provenance).toMatchObject({ completeness: 0.5, atLeast: true });
  });
});

describe('the indicator catalogue endpoint', () => {
  it('names and defines each indicator in the request’s language, for any signed-in user', async () => {
    const reader = await bed.signedIn(bed.agencies.puebla, ['intake_officer']);
    const spanish = await reader.call('GET', '/api/v1/statistics/indicators');
    const english = await reader.call('GET', '/api/v1/statistics/indicators', undefined, {
      'accept-language': 'en',
    });
    const convictions = (body: { items: { code: string }[] }) =>
      body.items.find((item) => item.code === 'prosecution.convictions');
    expect(convictions(spanish.body)).toMatchObject({
      section: 'prosecution',
      unit: 'count',
      dimensions: ['form_mexican_law', 'form_palermo', 'authority', 'state'],
      name: 'Personas condenadas',
    });
    expect(convictions(english.body)).toMatchObject({ name: 'People convicted' });
    expect(english.body.items).toHaveLength(figures.length);
  });
});

describe('the database’s consent rule', () => {
  it('agrees with statisticsConsentInForce on every day around a grant and a revocation', async () => {
    const owner = bed.database.owner;
    const person = (
      await owner.query(`SELECT p.id, p.case_id, u.id AS recorded_by, p.recorded_by_agency_id
        FROM people p JOIN users u ON u.agency_id = p.recorded_by_agency_id
        WHERE p.role = 'survivor' AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id) LIMIT 1`)
    ).rows[0];
    const table: ConsentFacts[][] = [
      [{ scopes: ['statistics'], givenOn: '2012-01-10', revokedOn: '2012-06-01' }],
      [{ scopes: ['services'], givenOn: '2012-01-10', revokedOn: null }],
      [
        { scopes: ['services', 'statistics'], givenOn: '2012-03-01', revokedOn: null },
        { scopes: ['statistics'], givenOn: '2012-01-10', revokedOn: '2012-02-01' },
      ],
    ];
    for (const consents of table) {
      await owner.query('DELETE FROM consents WHERE person_id = $1', [person.id]);
      for (const consent of consents)
        await owner.query(
          `INSERT INTO consents (case_id, person_id, scopes, recipient_agency_types, given_on, revoked_on,
             revoked_by, recorded_by, recorded_by_agency_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            person.case_id,
            person.id,
            consent.scopes,
            consent.scopes.includes('services') ? ['shelter'] : [],
            consent.givenOn,
            consent.revokedOn,
            consent.revokedOn ? person.recorded_by : null,
            person.recorded_by,
            person.recorded_by_agency_id,
          ],
        );
      for (const asOf of [
        '2012-01-09',
        '2012-01-10',
        '2012-01-31',
        '2012-02-01',
        '2012-03-01',
        '2012-06-01',
      ]) {
        const inDatabase = await owner.query('SELECT enlace_statistics_consent_in_force($1, $2, $3) AS yes', [
          person.case_id,
          person.id,
          asOf,
        ]);
        expect(inDatabase.rows[0].yes, `${JSON.stringify(consents)} on ${asOf}`).toBe(
          statisticsConsentInForce(consents, asOf),
        );
      }
    }
  });
});
