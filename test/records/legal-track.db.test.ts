import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople, daysFromToday, ifMatch, refusedField } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;

let prosecutor: Session;
let investigator: Session;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let path: (suffix: string) => string;

const count = async (table: string) =>
  (
    await bed.database.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [
      people.caseId,
    ])
  ).rows[0].n as number;

beforeAll(async () => {
  await agency(bed.database, 'REFUGIO', { type: 'shelter', level: 'state', state: 'PUE', sector: 'ngo' });
  prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  investigator = await bed.signedIn(bed.agencies.puebla, ['investigator']);
  people = await caseWithPeople(prosecutor);
  path = (suffix) => `/api/v1/cases/${people.caseId}/${suffix}`;
  const shared = await prosecutor.call('POST', path('shares'), {
    agencyCode: 'REFUGIO',
    reason: 'Canalización a refugio',
  });
  expect(shared.status).toBe(201);
});

let proceedingId: string;
let chargeId: string;
let verdictId: string;

describe('investigations and prosecutions', () => {
  it('records an investigation opened by an investigator, with its version as ETag and its creation in history', async () => {
    const opened = await investigator.call('POST', path('legal-proceedings'), {
      investigationOpenedOn: '2012-03-01',
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('etag')).toBe('"1"');
    expect(opened.body).toMatchObject({
      version: 1,
      agencyCode: 'FGE-PUE',
      investigationOpenedOn: '2012-03-01',
      prosecutionInitiatedOn: null,
    });
    proceedingId = opened.body.id;
    const history = await prosecutor.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      recordType: 'legal_proceeding',
      recordId: proceedingId,
      kind: 'created',
      version: 1,
      fieldGroup: 'investigation',
      changes: [
        { field: 'agencyCode', from: null, to: 'FGE-PUE' },
        { field: 'investigationOpenedOn', from: null, to: '2012-03-01' },
      ],
    });
  });

  it('leaves the start of a prosecution to prosecutors (403 by name to an investigator of the case)', async () => {
    const refused = await investigator.call(
      'PATCH',
      path(`legal-proceedings/${proceedingId}`),
      { prosecutionInitiatedOn: '2012-04-02' },
      ifMatch(1),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('legal_act_needs_prosecutor');
    const started = await prosecutor.call(
      'PATCH',
      path(`legal-proceedings/${proceedingId}`),
      { prosecutionInitiatedOn: '2012-04-02' },
      ifMatch(1),
    );
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ version: 2, prosecutionInitiatedOn: '2012-04-02' });
    expect(started.headers.get('etag')).toBe('"2"');
  });

  it('refuses a prosecution before its investigation, an unknown agency and a future date, naming the field', async () => {
    const before = await prosecutor.call('POST', path('legal-proceedings'), {
      investigationOpenedOn: '2012-03-01',
      prosecutionInitiatedOn: '2012-02-01',
    });
    expect(refusedField(before)).toMatchObject({ path: 'prosecutionInitiatedOn' });
    expect(refusedField(before).message).toContain('antes de abrir la investigación');
    const unknown = await prosecutor.call('POST', path('legal-proceedings'), {
      agencyCode: 'NO-EXISTE',
      investigationOpenedOn: '2012-03-01',
    });
    expect(refusedField(unknown).path).toBe('agencyCode');
    const future = await prosecutor.call('POST', path('legal-proceedings'), {
      investigationOpenedOn: daysFromToday(3),
    });
    expect(refusedField(future).path).toBe('investigationOpenedOn');
    expect(refusedField(future).message).toContain('posterior a hoy');
    expect(await count('legal_proceedings')).toBe(1);
  });
});

describe('charges', () => {
  const charge = (overrides: object = {}) => ({
    proceedingId,
    personId: people.suspectId,
    lawArticle: '22',
    form: 'forced_labour',
    chargedOn: '2012-04-02',
    ...overrides,
  });

  it('refuses bad charges, each naming its field, and writes nothing', async () => {
    const survivor = await prosecutor.call('POST', path('charges'), charge({ personId: people.survivorId }));
    expect(refusedField(survivor)).toMatchObject({ path: 'personId' });
    expect(refusedField(survivor).message).toContain('probable responsable');
    const article = await prosecutor.call('POST', path('charges'), charge({ lawArticle: '99' }));
    expect(refusedField(article).path).toBe('lawArticle');
    const mismatch = await prosecutor.call('POST', path('charges'), charge({ lawArticle: '13' }));
    expect(refusedField(mismatch).path).toBe('form');
    const early = await prosecutor.call('POST', path('charges'), charge({ chargedOn: '2012-01-15' }));
    expect(refusedField(early).path).toBe('chargedOn');
    const future = await prosecutor.call('POST', path('charges'), charge({ chargedOn: daysFromToday(2) }));
    expect(refusedField(future).path).toBe('chargedOn');
    const otherCase = await prosecutor.call('POST', path('charges'), charge({ proceedingId: people.caseId }));
    expect(refusedField(otherCase).path).toBe('proceedingId');
    const inEnglish = await prosecutor.call('POST', path('charges'), charge({ lawArticle: '13' }), {
      'accept-language': 'en',
    });
    expect(refusedField(inEnglish).message).toContain('does not define this form');
    expect(await count('charges')).toBe(0);
  });

  it('are recorded by prosecutors only: an investigator of the case is refused by name', async () => {
    const refused = await investigator.call('POST', path('charges'), charge());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('legal_act_needs_prosecutor');
    expect(await count('charges')).toBe(0);
    const recorded = await prosecutor.call('POST', path('charges'), charge());
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      lawArticle: '22',
      form: 'forced_labour',
      personId: people.suspectId,
    });
    chargeId = recorded.body.id;
  });

  it('accepts art. 10 with any form', async () => {
    const general = await prosecutor.call(
      'POST',
      path('charges'),
      charge({ lawArticle: '10', form: 'forced_begging' }),
    );
    expect(general.status).toBe(201);
  });
});

describe('verdicts and sentences', () => {
  const verdict = (overrides: object = {}) => ({
    chargeId,
    outcome: 'conviction',
    decidedOn: '2012-11-20',
    prisonYears: 9,
    prisonMonths: 0,
    fineMxn: 25000,
    ...overrides,
  });

  it('refuses impossible sentences and dates, naming the field, and writes nothing', async () => {
    expect(
      refusedField(await prosecutor.call('POST', path('verdicts'), verdict({ prisonYears: -2 }))).path,
    ).toBe('prisonYears');
    const months = refusedField(
      await prosecutor.call('POST', path('verdicts'), verdict({ prisonMonths: 12 })),
    );
    expect(months.path).toBe('prisonMonths');
    expect(months.message).toContain('de 0 a 11');
    expect(
      refusedField(await prosecutor.call('POST', path('verdicts'), verdict({ decidedOn: '2012-04-01' })))
        .path,
    ).toBe('decidedOn');
    const acquittal = await prosecutor.call('POST', path('verdicts'), verdict({ outcome: 'acquittal' }));
    expect(refusedField(acquittal).path).toBe('prisonYears');
    expect(refusedField(await prosecutor.call('POST', path('verdicts'), verdict({ fineMxn: -1 }))).path).toBe(
      'fineMxn',
    );
    expect(await count('verdicts')).toBe(0);
  });

  it('cannot be recorded by an investigator', async () => {
    const refused = await investigator.call('POST', path('verdicts'), verdict());
    expect(refused.status).toBe(403);
    expect(await count('verdicts')).toBe(0);
  });

  it('records a conviction with its sentence, once per charge', async () => {
    const recorded = await prosecutor.call('POST', path('verdicts'), verdict());
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      outcome: 'conviction',
      prisonYears: 9,
      prisonMonths: 0,
      fineMxn: 25000,
    });
    verdictId = recorded.body.id;
    const again = await prosecutor.call('POST', path('verdicts'), verdict());
    expect(refusedField(again).path).toBe('chargeId');
  });

  it('changes only with If-Match: 428 without, 412 when stale, and keeps both values in history', async () => {
    const target = path(`verdicts/${verdictId}`);
    const missing = await prosecutor.call('PATCH', target, { prisonMonths: 6 });
    expect(missing.status).toBe(428);
    const stale = await prosecutor.call('PATCH', target, { prisonMonths: 6 }, ifMatch(7));
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.headers.get('etag')).toBe('"1"');
    const changed = await prosecutor.call('PATCH', target, { prisonMonths: 6 }, ifMatch(1));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, prisonYears: 9, prisonMonths: 6 });
    const history = await prosecutor.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      recordType: 'verdict',
      kind: 'updated',
      version: 2,
      changes: [{ field: 'prisonMonths', from: 0, to: 6 }],
    });
  });

  it('checks the verdict it would leave: an acquittal must drop the sentence', async () => {
    const target = path(`verdicts/${verdictId}`);
    const left = await prosecutor.call('PATCH', target, { outcome: 'acquittal' }, ifMatch(2));
    expect(refusedField(left).path).toBe('prisonYears');
    const read = await prosecutor.call('GET', path('legal-track'));
    expect(read.body.verdicts[0]).toMatchObject({ outcome: 'conviction', version: 2 });
  });

  it('suggests the status the track reached, and never changes the case by itself', async () => {
    const track = await prosecutor.call('GET', path('legal-track'));
    expect(track.status).toBe(200);
    expect(track.body.proceedings).toHaveLength(1);
    expect(track.body.charges).toHaveLength(2);
    // One charge of two decided: the trial goes on.
    expect(track.body.suggestedStatus).toBe('trial');
    const [, otherCharge] = track.body.charges;
    await prosecutor.call('POST', path('verdicts'), {
      chargeId: otherCharge.id,
      outcome: 'acquittal',
      decidedOn: '2012-11-20',
    });
    expect((await prosecutor.call('GET', path('legal-track'))).body.suggestedStatus).toBe('sentenced');
    expect((await prosecutor.call('GET', `/api/v1/cases/${people.caseId}`)).body.status).toBe(
      'identification',
    );
  });
});

describe('appeals, extraditions and bilateral investigations', () => {
  it('records an appeal after the verdict only, and its result with a date', async () => {
    const early = await prosecutor.call('POST', path('appeals'), {
      verdictId,
      appellant: 'defence',
      filedOn: '2012-10-01',
    });
    expect(refusedField(early).path).toBe('filedOn');
    const undated = await prosecutor.call('POST', path('appeals'), {
      verdictId,
      appellant: 'defence',
      filedOn: '2012-12-01',
      result: 'upheld',
    });
    expect(refusedField(undated).path).toBe('decidedOn');
    const filed = await prosecutor.call('POST', path('appeals'), {
      verdictId,
      appellant: 'defence',
      filedOn: '2012-12-01',
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ result: 'pending', decidedOn: null });
    const decided = await prosecutor.call(
      'PATCH',
      path(`appeals/${filed.body.id}`),
      { result: 'upheld', decidedOn: '2013-02-01' },
      ifMatch(1),
    );
    expect(decided.body).toMatchObject({ result: 'upheld', decidedOn: '2013-02-01', version: 2 });
  });

  it('records extraditions of suspects to and from foreign states', async () => {
    const request = {
      personId: people.suspectId,
      direction: 'outgoing',
      countryCode: 'us',
      requestedOn: '2012-06-01',
    };
    const mexico = await prosecutor.call('POST', path('extraditions'), { ...request, countryCode: 'MX' });
    expect(refusedField(mexico).path).toBe('countryCode');
    const survivor = await prosecutor.call('POST', path('extraditions'), {
      ...request,
      personId: people.survivorId,
    });
    expect(refusedField(survivor).path).toBe('personId');
    const surrender = await prosecutor.call('POST', path('extraditions'), {
      ...request,
      surrenderedOn: '2012-07-01',
    });
    expect(refusedField(surrender).path).toBe('surrenderedOn');
    expect((await investigator.call('POST', path('extraditions'), request)).status).toBe(403);
    const recorded = await prosecutor.call('POST', path('extraditions'), request);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ countryCode: 'US', status: 'requested' });
    const granted = await prosecutor.call(
      'PATCH',
      path(`extraditions/${recorded.body.id}`),
      { status: 'granted', decidedOn: '2012-09-01', surrenderedOn: '2012-09-15' },
      ifMatch(1),
    );
    expect(granted.body).toMatchObject({ status: 'granted', surrenderedOn: '2012-09-15' });
  });

  it('records bilateral investigations, which investigators may record too', async () => {
    const backwards = await investigator.call('POST', path('bilateral-investigations'), {
      countryCode: 'GT',
      partnerAgency: 'Ministerio Público de Guatemala',
      startedOn: '2012-05-01',
      endedOn: '2012-04-01',
    });
    expect(refusedField(backwards).path).toBe('endedOn');
    const recorded = await investigator.call('POST', path('bilateral-investigations'), {
      countryCode: 'GT',
      partnerAgency: 'Ministerio Público de Guatemala',
      startedOn: '2012-05-01',
    });
    expect(recorded.status).toBe(201);
    const track = await prosecutor.call('GET', path('legal-track'));
    expect(track.body.bilateralInvestigations).toEqual([recorded.body]);
    expect(track.body.extraditions).toHaveLength(1);
    expect(track.body.appeals).toHaveLength(1);
  });
});

describe('removing what was entered in error', () => {
  it('needs If-Match and a reason, refuses records others depend on, and keeps the removal in history', async () => {
    const charge = path(`charges/${chargeId}`);
    expect((await prosecutor.call('DELETE', charge, { reason: 'Registrado por error' })).status).toBe(428);
    expect(refusedField(await prosecutor.call('DELETE', charge, { reason: 'corto' }, ifMatch(1))).path).toBe(
      'reason',
    );
    const inUse = await prosecutor.call('DELETE', charge, { reason: 'Registrado por error' }, ifMatch(1));
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('record_in_use');
    const track = await prosecutor.call('GET', path('legal-track'));
    const extradition = track.body.extraditions[0];
    const removed = await prosecutor.call(
      'DELETE',
      path(`extraditions/${extradition.id}`),
      { reason: 'Registrado en el caso equivocado' },
      ifMatch(extradition.version),
    );
    expect(removed.status).toBe(204);
    expect(await count('extradition_requests')).toBe(0);
    const history = await prosecutor.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      recordType: 'extradition_request',
      recordId: extradition.id,
      kind: 'removed',
      version: extradition.version + 1,
      reason: 'Registrado en el caso equivocado',
    });
  });
});

/** One record of each kind on the track, with the version it is at now. */
async function everyRecord() {
  const track = (await prosecutor.call('GET', path('legal-track'))).body;
  return [
    ['legal-proceedings', track.proceedings[0]],
    ['charges', track.charges[0]],
    ['verdicts', track.verdicts[0]],
    ['appeals', track.appeals[0]],
    ['bilateral-investigations', track.bilateralInvestigations[0]],
  ] as [string, { id: string; version: number }][];
}

describe('every write refuses bad input, naming the field and changing nothing', () => {
  it('refuses empty changes and removals without a real reason', async () => {
    for (const [kind, record] of await everyRecord()) {
      const target = path(`${kind}/${record.id}`);
      const empty = refusedField(await prosecutor.call('PATCH', target, {}, ifMatch(record.version)));
      expect(empty.message, kind).toContain('no hay nada que cambiar');
      const unknown = await prosecutor.call(
        'PATCH',
        target,
        { caseId: people.caseId },
        ifMatch(record.version),
      );
      expect(refusedField(unknown).message, kind).toContain('campo no permitido');
      const short = await prosecutor.call('DELETE', target, { reason: 'corto' }, ifMatch(record.version));
      expect(refusedField(short).path, kind).toBe('reason');
    }
  });

  it('checks each change against the record it would leave', async () => {
    const records = new Map(await everyRecord());
    const [proceeding, charge, appeal, bilateral] = [
      'legal-proceedings',
      'charges',
      'appeals',
      'bilateral-investigations',
    ].map((kind) => records.get(kind));
    const cases: [string, { id: string; version: number } | undefined, object, string][] = [
      ['legal-proceedings', proceeding, { prosecutionInitiatedOn: '2012-01-01' }, 'prosecutionInitiatedOn'],
      ['legal-proceedings', proceeding, { investigationOpenedOn: '2012-05-01' }, 'investigationOpenedOn'],
      ['charges', charge, { lawArticle: '11' }, 'form'],
      ['charges', charge, { chargedOn: '2012-12-01' }, 'chargedOn'],
      ['appeals', appeal, { result: 'pending' }, 'decidedOn'],
      ['bilateral-investigations', bilateral, { endedOn: '2012-01-01' }, 'endedOn'],
    ];
    for (const [kind, record, patch, field] of cases) {
      if (!record) throw new Error(`no ${kind} recorded`);
      const refused = await prosecutor.call(
        'PATCH',
        path(`${kind}/${record.id}`),
        patch,
        ifMatch(record.version),
      );
      expect(refused.status, kind).toBe(400);
      expect(
        refused.body.errors.map((error: { path: string }) => error.path),
        kind,
      ).toContain(field);
    }
    expect(new Map(await everyRecord())).toEqual(records);
  });
});

describe('who reaches the legal track', () => {
  it('answers 404 to another state, to oversight roles and to the shelter the case is shared with', async () => {
    const shelterId = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'REFUGIO'`))
      .rows[0].id;
    const outsiders = [
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
      await bed.signedIn(shelterId, ['shelter_staff']),
      await bed.signedIn(bed.agencies.puebla, ['statistician']),
      await bed.signedIn(bed.agencies.puebla, ['auditor']),
      await bed.signedIn(bed.agencies.puebla, ['administrator']),
    ];
    const proceeding = path(`legal-proceedings/${proceedingId}`);
    for (const outsider of outsiders) {
      expect((await outsider.call('GET', path('legal-track'))).status).toBe(404);
      expect(
        (await outsider.call('POST', path('legal-proceedings'), { investigationOpenedOn: '2012-03-01' }))
          .status,
      ).toBe(404);
      expect(
        (await outsider.call('PATCH', proceeding, { investigationOpenedOn: '2012-03-02' }, ifMatch(2)))
          .status,
      ).toBe(404);
      expect(
        (await outsider.call('DELETE', proceeding, { reason: 'Registrado por error' }, ifMatch(2))).status,
      ).toBe(404);
    }
    expect(await count('legal_proceedings')).toBe(1);
  });

  it('answers 404 on every endpoint of the track to another state’s prosecutor and to oversight roles', async () => {
    const records = await everyRecord();
    const [proceeding, charge, verdict] = ['legal-proceedings', 'charges', 'verdicts'].map((kind) =>
      new Map(records).get(kind),
    );
    const valid: Record<string, { create: object; patch: object }> = {
      'legal-proceedings': {
        create: { investigationOpenedOn: '2012-03-01' },
        patch: { investigationOpenedOn: '2012-03-01' },
      },
      charges: {
        create: {
          proceedingId: proceeding?.id,
          personId: people.suspectId,
          lawArticle: '10',
          form: 'slavery',
          chargedOn: '2012-04-02',
        },
        patch: { chargedOn: '2012-04-02' },
      },
      verdicts: {
        create: { chargeId: charge?.id, outcome: 'acquittal', decidedOn: '2012-11-20' },
        patch: { decidedOn: '2012-11-20' },
      },
      appeals: {
        create: { verdictId: verdict?.id, appellant: 'victim', filedOn: '2012-12-02' },
        patch: { filedOn: '2012-12-01' },
      },
      'bilateral-investigations': {
        create: {
          countryCode: 'US',
          partnerAgency: 'Homeland Security Investigations',
          startedOn: '2012-05-01',
        },
        patch: { startedOn: '2012-05-01' },
      },
    };
    const outsiders = [
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
      await bed.signedIn(bed.agencies.puebla, ['statistician']),
    ];
    for (const outsider of outsiders) {
      for (const [kind, record] of records) {
        const bodies = valid[kind];
        if (!bodies) throw new Error(`no bodies for ${kind}`);
        const target = path(`${kind}/${record.id}`);
        expect((await outsider.call('POST', path(kind), bodies.create)).status, kind).toBe(404);
        expect(
          (await outsider.call('PATCH', target, bodies.patch, ifMatch(record.version))).status,
          kind,
        ).toBe(404);
        const removal = await outsider.call(
          'DELETE',
          target,
          { reason: 'Registrado por error' },
          ifMatch(record.version),
        );
        expect(removal.status, kind).toBe(404);
      }
      const extradition = {
        personId: people.suspectId,
        direction: 'incoming',
        countryCode: 'US',
        requestedOn: '2012-06-01',
      };
      expect((await outsider.call('POST', path('extraditions'), extradition)).status).toBe(404);
    }
    expect(await everyRecord()).toEqual(records);
  });

  it('keeps the legal track out of the shelter’s view of the case history', async () => {
    const shelterId = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'REFUGIO'`))
      .rows[0].id;
    const shelter = await bed.signedIn(shelterId, ['shelter_staff']);
    const history = await shelter.call('GET', path('history?limit=200'));
    expect(history.status).toBe(200);
    expect(
      history.body.items.filter(
        (entry: { fieldGroup: string | null }) => entry.fieldGroup === 'investigation',
      ),
    ).toEqual([]);
  });

  it('lets an agency the case is shared with read the track but not write it', async () => {
    const chiapas = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
    await prosecutor.call('POST', path('shares'), {
      agencyCode: 'FGE-CHP',
      reason: 'Coordinación entre fiscalías',
    });
    expect((await chiapas.call('GET', path('legal-track'))).status).toBe(200);
    const write = await chiapas.call('POST', path('legal-proceedings'), {
      investigationOpenedOn: '2012-03-01',
    });
    expect(write.status).toBe(404);
  });
});
