import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople, daysFromToday, ifMatch, refusedField } from '../support/case-records.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// A synthetic marker: if it reaches the table in clear text, a test fails.
const NOTE = 'Firmó el formato ante la intérprete Marcadorprivado';

const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;

let caseWorker: Session;
let shelterStaff: Session;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let secondSurvivorId: string;
let path: (suffix: string) => string;
let consentId: string;

beforeAll(async () => {
  const shelter = await agency(bed.database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'PUE',
    sector: 'ngo',
  });
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  shelterStaff = await bed.signedIn(shelter, ['shelter_staff']);
  people = await caseWithPeople(prosecutor);
  path = (suffix) => `/api/v1/cases/${people.caseId}/${suffix}`;
  secondSurvivorId = (await prosecutor.call('POST', path('people'), { role: 'survivor' })).body.id;
  await prosecutor.call('POST', path('shares'), { agencyCode: 'REFUGIO', reason: 'Canalización a refugio' });
});

const consent = (overrides: object = {}) => ({
  personId: people.survivorId,
  scopes: ['services', 'statistics'],
  recipientAgencyTypes: ['shelter'],
  recipientAgencyCodes: ['refugio'],
  givenOn: '2012-05-02',
  evidenceNote: NOTE,
  ...overrides,
});

describe('recording consent', () => {
  it('refuses a consent without scope, recipients or a known agency, naming the field, and writes nothing', async () => {
    const noScope = refusedField(await caseWorker.call('POST', path('consents'), consent({ scopes: [] })));
    expect(noScope.path).toBe('scopes');
    expect(noScope.message).toContain('al menos 1');
    const nobody = await caseWorker.call(
      'POST',
      path('consents'),
      consent({ recipientAgencyTypes: [], recipientAgencyCodes: [] }),
    );
    expect(refusedField(nobody).path).toBe('recipientAgencyTypes');
    const unknown = await caseWorker.call(
      'POST',
      path('consents'),
      consent({ recipientAgencyCodes: ['NO-EXISTE'] }),
    );
    expect(refusedField(unknown).path).toBe('recipientAgencyCodes');
    const suspect = await caseWorker.call('POST', path('consents'), consent({ personId: people.suspectId }));
    expect(refusedField(suspect).path).toBe('personId');
    const future = await caseWorker.call('POST', path('consents'), consent({ givenOn: daysFromToday(1) }));
    expect(refusedField(future).path).toBe('givenOn');
    const operator = await caseWorker.call(
      'POST',
      path('consents'),
      consent({ recipientAgencyTypes: ['system_operator'] }),
    );
    expect(refusedField(operator).path).toBe('recipientAgencyTypes.0');
    const count = await bed.database.owner.query('SELECT count(*)::int AS n FROM consents');
    expect(count.rows[0].n).toBe(0);
  });

  it('records scopes, recipients and date, with the evidence note encrypted at rest', async () => {
    const recorded = await caseWorker.call('POST', path('consents'), consent());
    expect(recorded.status).toBe(201);
    expect(recorded.headers.get('etag')).toBe('"1"');
    expect(recorded.body).toMatchObject({
      scopes: ['services', 'statistics'],
      recipientAgencyTypes: ['shelter'],
      recipientAgencyCodes: ['REFUGIO'],
      givenOn: '2012-05-02',
      evidenceNote: NOTE,
      revokedOn: null,
      revokedBy: null,
    });
    consentId = recorded.body.id;
    const stored = await bed.database.owner.query('SELECT evidence_note FROM consents WHERE id = $1', [
      consentId,
    ]);
    expect(stored.rows[0].evidence_note).toMatch(/^v1\./);
    const everything = await bed.database.owner.query('SELECT c::text AS row FROM consents c');
    expect(everything.rows[0].row).not.toContain('Marcadorprivado');
    const history = await caseWorker.call('GET', path('history'));
    expect(JSON.stringify(history.body)).not.toContain('Marcadorprivado');
    expect(history.body.items[0].changes).toContainEqual({ field: 'evidenceNote', protected: true });
  });

  it('records statistics alone without recipients', async () => {
    const statisticsOnly = await caseWorker.call(
      'POST',
      path('consents'),
      consent({
        personId: people.witnessId,
        scopes: ['statistics'],
        recipientAgencyTypes: [],
        recipientAgencyCodes: [],
      }),
    );
    expect(statisticsOnly.status).toBe(201);
  });
});

describe('reading consent', () => {
  it('is open to everyone who works with the survivor, the shelter included, with how each survivor counts', async () => {
    for (const reader of [caseWorker, shelterStaff]) {
      const list = await reader.call('GET', path('consents'));
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(consentId);
      expect(list.body.statistics).toEqual({
        policy: 'aggregates',
        people: [
          { personId: people.survivorId, aggregate: true, disaggregated: true },
          { personId: secondSurvivorId, aggregate: true, disaggregated: false },
        ],
      });
    }
    const one = await caseWorker.call('GET', path(`consents?personId=${secondSurvivorId}`));
    expect(one.body).toMatchObject({ items: [], statistics: { people: [{ personId: secondSurvivorId }] } });
  });

  it('follows the operator’s policy: with consent_required, no consent means not counted at all', async () => {
    let strict: TestApp | undefined;
    try {
      strict = await startTestApp(bed.database, { statisticsConsent: 'consent_required' });
      const reader = await signedInClient(bed.database, strict.baseUrl, bed.agencies.puebla, ['case_worker']);
      // That app has a key ring of its own, so it reads the survivor whose consent holds no encrypted note.
      const list = await reader.call('GET', path(`consents?personId=${secondSurvivorId}`));
      expect(list.body.statistics).toEqual({
        policy: 'consent_required',
        people: [{ personId: secondSurvivorId, aggregate: false, disaggregated: false }],
      });
    } finally {
      await strict?.close();
    }
  });

  it('answers 404 to another state and to oversight roles', async () => {
    for (const outsider of [
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
      await bed.signedIn(bed.agencies.puebla, ['statistician']),
      await bed.signedIn(bed.agencies.puebla, ['auditor']),
      await bed.signedIn(bed.agencies.puebla, ['administrator']),
    ]) {
      expect((await outsider.call('GET', path('consents'))).status).toBe(404);
      expect((await outsider.call('POST', path('consents'), consent())).status).toBe(404);
      expect(
        (await outsider.call('PATCH', path(`consents/${consentId}`), { givenOn: '2012-05-03' }, ifMatch(1)))
          .status,
      ).toBe(404);
      const revocation = await outsider.call(
        'POST',
        path(`consents/${consentId}/revocation`),
        { revokedOn: '2012-06-01' },
        ifMatch(1),
      );
      expect(revocation.status).toBe(404);
    }
    expect((await shelterStaff.call('POST', path('consents'), consent())).status).toBe(404);
  });
});

describe('correcting and revoking consent', () => {
  it('corrects with If-Match: 428 without, 412 when stale', async () => {
    const target = path(`consents/${consentId}`);
    expect((await caseWorker.call('PATCH', target, { givenOn: '2012-05-03' })).status).toBe(428);
    expect((await caseWorker.call('PATCH', target, { givenOn: '2012-05-03' }, ifMatch(4))).status).toBe(412);
    const scopeless = await caseWorker.call('PATCH', target, { scopes: [] }, ifMatch(1));
    expect(refusedField(scopeless).path).toBe('scopes');
    const corrected = await caseWorker.call(
      'PATCH',
      target,
      { givenOn: '2012-05-03', evidenceNote: null },
      ifMatch(1),
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ givenOn: '2012-05-03', evidenceNote: null, version: 2 });
  });

  it('revokes from a date not before the consent, once, and then nothing changes it', async () => {
    const target = path(`consents/${consentId}/revocation`);
    expect((await caseWorker.call('POST', target, { revokedOn: '2012-06-01' })).status).toBe(428);
    expect(
      refusedField(await caseWorker.call('POST', target, { revokedOn: '2012-05-01' }, ifMatch(2))).path,
    ).toBe('revokedOn');
    const revoked = await caseWorker.call('POST', target, { revokedOn: '2012-06-01' }, ifMatch(2));
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('etag')).toBe('"3"');
    expect(revoked.body).toMatchObject({
      revokedOn: '2012-06-01',
      revokedBy: { agencyCode: 'FGE-PUE' },
      version: 3,
    });
    const again = await caseWorker.call('POST', target, { revokedOn: '2012-06-02' }, ifMatch(3));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('consent_revoked');
    const edit = await caseWorker.call(
      'PATCH',
      path(`consents/${consentId}`),
      { givenOn: '2012-05-04' },
      ifMatch(3),
    );
    expect(edit.status).toBe(409);
    const list = await caseWorker.call('GET', path(`consents?personId=${people.survivorId}`));
    expect(list.body.statistics.people).toEqual([
      { personId: people.survivorId, aggregate: true, disaggregated: false },
    ]);
    const history = await caseWorker.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      recordType: 'consent',
      version: 3,
      changes: [{ field: 'revokedOn', from: null, to: '2012-06-01' }],
    });
  });

  it('is never removed, even by the database role', async () => {
    const removal = await caseWorker.call(
      'DELETE',
      path(`consents/${consentId}`),
      { reason: 'Registrado por error' },
      ifMatch(3),
    );
    expect(removal.status).toBe(404);
    expect(removal.body.code).toBe('route_not_found');
    await expect(bed.database.app.query('DELETE FROM consents')).rejects.toThrow();
  });
});
