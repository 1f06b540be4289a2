import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople, daysFromToday, ifMatch, refusedField } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;

let prosecutor: Session;
let caseWorker: Session;
let shelterStaff: Session;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let path: (suffix: string) => string;

const count = async (table: string) =>
  (
    await bed.database.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [
      people.caseId,
    ])
  ).rows[0].n as number;

beforeAll(async () => {
  const shelter = await agency(bed.database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'PUE',
    sector: 'ngo',
  });
  prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  shelterStaff = await bed.signedIn(shelter, ['shelter_staff']);
  people = await caseWithPeople(prosecutor);
  path = (suffix) => `/api/v1/cases/${people.caseId}/${suffix}`;
  await prosecutor.call('POST', path('shares'), { agencyCode: 'REFUGIO', reason: 'Canalización a refugio' });
});

let reliefId: string;
let witnessProtectionId: string;

describe('protection measures', () => {
  it('records immigration relief for a survivor, with its version and history in the needs group', async () => {
    const applied = await caseWorker.call('POST', path('protection-measures'), {
      personId: people.survivorId,
      kind: 'immigration_relief',
      relief: 'humanitarian_visa',
      status: 'applied',
      requestedOn: '2012-05-10',
    });
    expect(applied.status).toBe(201);
    expect(applied.headers.get('etag')).toBe('"1"');
    expect(applied.body).toMatchObject({
      kind: 'immigration_relief',
      relief: 'humanitarian_visa',
      resolvedOn: null,
    });
    reliefId = applied.body.id;
    const history = await caseWorker.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      recordType: 'protection_measure',
      kind: 'created',
      fieldGroup: 'needs',
    });
  });

  it('records witness protection, for a witness too, as investigation material', async () => {
    const granted = await prosecutor.call('POST', path('protection-measures'), {
      personId: people.witnessId,
      kind: 'witness_protection',
      witnessMeasure: 'identity_reserved',
      status: 'granted',
      requestedOn: '2012-05-01',
      resolvedOn: '2012-05-03',
    });
    expect(granted.status).toBe(201);
    witnessProtectionId = granted.body.id;
    await prosecutor.call('POST', path('protection-measures'), {
      personId: people.survivorId,
      kind: 'non_punishment',
      status: 'requested',
      requestedOn: '2012-05-01',
    });
  });

  it('refuses measures that do not fit their kind or person, naming the field, and writes nothing', async () => {
    const before = await count('protection_measures');
    const measure = {
      personId: people.survivorId,
      kind: 'repatriation',
      status: 'requested',
      requestedOn: '2012-05-10',
    };
    expect(
      refusedField(
        await caseWorker.call('POST', path('protection-measures'), { ...measure, status: 'granted' }),
      ).path,
    ).toBe('status');
    const relief = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      kind: 'immigration_relief',
      status: 'applied',
    });
    expect(refusedField(relief)).toMatchObject({ path: 'relief' });
    expect(refusedField(relief).message).toContain('obligatorio para este tipo de medida');
    const undated = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      status: 'completed',
    });
    expect(refusedField(undated).path).toBe('resolvedOn');
    const future = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      requestedOn: daysFromToday(5),
    });
    expect(refusedField(future).path).toBe('requestedOn');
    const suspect = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      personId: people.suspectId,
    });
    expect(refusedField(suspect).path).toBe('personId');
    const witness = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      personId: people.witnessId,
    });
    expect(refusedField(witness).path).toBe('personId');
    const overpaid = await caseWorker.call('POST', path('protection-measures'), {
      ...measure,
      kind: 'compensation',
      status: 'ordered',
      amountOrderedMxn: 1000,
      amountPaidMxn: 2000,
    });
    expect(refusedField(overpaid).path).toBe('amountPaidMxn');
    expect(await count('protection_measures')).toBe(before);
  });

  it('keeps witness protection and non-punishment from those who may not read the investigation', async () => {
    const forCaseWorker = await caseWorker.call('GET', path('protection-measures'));
    expect(forCaseWorker.body.items.map((item: { kind: string }) => item.kind)).toEqual([
      'immigration_relief',
    ]);
    const forShelter = await shelterStaff.call('GET', path('protection-measures'));
    expect(forShelter.status).toBe(200);
    expect(forShelter.body.items.map((item: { id: string }) => item.id)).toEqual([reliefId]);
    const forProsecutor = await prosecutor.call(
      'GET',
      path(`protection-measures?personId=${people.witnessId}`),
    );
    expect(forProsecutor.body.items.map((item: { id: string }) => item.id)).toEqual([witnessProtectionId]);
    const written = await caseWorker.call('POST', path('protection-measures'), {
      personId: people.witnessId,
      kind: 'witness_protection',
      witnessMeasure: 'relocation',
      status: 'requested',
      requestedOn: '2012-05-10',
    });
    expect(written.status).toBe(404);
    const changed = await caseWorker.call(
      'PATCH',
      path(`protection-measures/${witnessProtectionId}`),
      { status: 'ended', resolvedOn: '2012-08-01' },
      ifMatch(1),
    );
    expect(changed.status).toBe(404);
    const history = await shelterStaff.call('GET', path('history?limit=200'));
    const recordIds = history.body.items.map((entry: { recordId: string }) => entry.recordId);
    expect(recordIds).toContain(reliefId);
    expect(recordIds).not.toContain(witnessProtectionId);
  });

  it('changes with If-Match and checks the measure it would leave', async () => {
    const target = path(`protection-measures/${reliefId}`);
    expect(
      (await caseWorker.call('PATCH', target, { status: 'granted', resolvedOn: '2012-06-01' })).status,
    ).toBe(428);
    expect(
      (await caseWorker.call('PATCH', target, { status: 'granted', resolvedOn: '2012-06-01' }, ifMatch(3)))
        .status,
    ).toBe(412);
    expect(refusedField(await caseWorker.call('PATCH', target, { status: 'granted' }, ifMatch(1))).path).toBe(
      'resolvedOn',
    );
    const granted = await caseWorker.call(
      'PATCH',
      target,
      { status: 'granted', resolvedOn: '2012-06-01' },
      ifMatch(1),
    );
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', resolvedOn: '2012-06-01', version: 2 });
  });

  it('is never written by the shelter, another state or oversight roles', async () => {
    const outsiders = [
      shelterStaff,
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
      await bed.signedIn(bed.agencies.puebla, ['statistician']),
      await bed.signedIn(bed.agencies.puebla, ['auditor']),
      await bed.signedIn(bed.agencies.puebla, ['administrator']),
    ];
    const target = path(`protection-measures/${reliefId}`);
    for (const outsider of outsiders) {
      const measure = {
        personId: people.survivorId,
        kind: 'repatriation',
        status: 'requested',
        requestedOn: '2012-05-10',
      };
      expect((await outsider.call('POST', path('protection-measures'), measure)).status).toBe(404);
      expect((await outsider.call('PATCH', target, { requestedOn: '2012-05-11' }, ifMatch(2))).status).toBe(
        404,
      );
      expect(
        (await outsider.call('DELETE', target, { reason: 'Registrado por error' }, ifMatch(2))).status,
      ).toBe(404);
    }
    for (const outsider of outsiders.slice(1)) {
      expect((await outsider.call('GET', path('protection-measures'))).status).toBe(404);
    }
  });

  it('refuses a removal without a real reason', async () => {
    const short = await prosecutor.call(
      'DELETE',
      path(`protection-measures/${reliefId}`),
      { reason: 'error' },
      ifMatch(2),
    );
    expect(refusedField(short).path).toBe('reason');
    expect(
      refusedField(await caseWorker.call('PATCH', path(`protection-measures/${reliefId}`), {}, ifMatch(2)))
        .message,
    ).toContain('nada que cambiar');
  });

  it('removes a measure entered in error, with a reason kept in history', async () => {
    const removed = await prosecutor.call(
      'DELETE',
      path(`protection-measures/${witnessProtectionId}`),
      { reason: 'Se registró para la persona equivocada' },
      ifMatch(1),
    );
    expect(removed.status).toBe(204);
    const history = await prosecutor.call('GET', path('history'));
    expect(history.body.items[0]).toMatchObject({
      kind: 'removed',
      recordId: witnessProtectionId,
      fieldGroup: 'investigation',
    });
  });
});

describe('decisions on testifying', () => {
  let decisionId: string;

  it('records only a survivor’s voluntary decision, with who informed them', async () => {
    const decision = {
      personId: people.survivorId,
      decision: 'declines_to_testify',
      voluntary: true,
      decidedOn: '2012-05-20',
    };
    const pressed = await prosecutor.call('POST', path('testimony-decisions'), {
      ...decision,
      voluntary: false,
    });
    expect(refusedField(pressed)).toMatchObject({ path: 'voluntary' });
    expect(refusedField(pressed).message).toContain('libre y voluntaria');
    const suspect = await prosecutor.call('POST', path('testimony-decisions'), {
      ...decision,
      personId: people.suspectId,
    });
    expect(refusedField(suspect).path).toBe('personId');
    expect(await count('testimony_decisions')).toBe(0);
    const recorded = await prosecutor.call('POST', path('testimony-decisions'), decision);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      decision: 'declines_to_testify',
      voluntary: true,
      decidedOn: '2012-05-20',
      informedBy: { agencyCode: 'FGE-PUE' },
    });
    decisionId = recorded.body.id;
  });

  it('changes with If-Match, like every record', async () => {
    const target = path(`testimony-decisions/${decisionId}`);
    expect((await prosecutor.call('PATCH', target, { decision: 'will_testify' })).status).toBe(428);
    const changed = await prosecutor.call(
      'PATCH',
      target,
      { decision: 'will_testify', decidedOn: '2012-07-01' },
      ifMatch(1),
    );
    expect(changed.body).toMatchObject({ decision: 'will_testify', version: 2 });
  });

  it('refuses bad changes by name and answers 404 on every endpoint to those outside the investigation', async () => {
    const target = path(`testimony-decisions/${decisionId}`);
    expect(refusedField(await prosecutor.call('PATCH', target, {}, ifMatch(2))).message).toContain(
      'nada que cambiar',
    );
    const future = await prosecutor.call('PATCH', target, { decidedOn: daysFromToday(3) }, ifMatch(2));
    expect(refusedField(future).path).toBe('decidedOn');
    const pressed = await prosecutor.call('PATCH', target, { voluntary: false }, ifMatch(2));
    expect(refusedField(pressed).message).toContain('campo no permitido');
    expect(refusedField(await prosecutor.call('DELETE', target, { reason: 'corto' }, ifMatch(2))).path).toBe(
      'reason',
    );
    const decision = {
      personId: people.survivorId,
      decision: 'undecided',
      voluntary: true,
      decidedOn: '2012-05-20',
    };
    for (const outsider of [
      caseWorker,
      shelterStaff,
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
      await bed.signedIn(bed.agencies.puebla, ['auditor']),
    ]) {
      expect((await outsider.call('POST', path('testimony-decisions'), decision)).status).toBe(404);
      expect((await outsider.call('PATCH', target, { decision: 'undecided' }, ifMatch(2))).status).toBe(404);
      expect(
        (await outsider.call('DELETE', target, { reason: 'Registrado por error' }, ifMatch(2))).status,
      ).toBe(404);
    }
    expect(await count('testimony_decisions')).toBe(1);
  });

  it('is investigation material: 404 to case workers, shelters and outsiders, and absent from their history', async () => {
    for (const reader of [
      caseWorker,
      shelterStaff,
      await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
    ]) {
      expect((await reader.call('GET', path('testimony-decisions'))).status).toBe(404);
    }
    const history = await shelterStaff.call('GET', path('history?limit=200'));
    expect(history.body.items.map((entry: { recordType: string }) => entry.recordType)).not.toContain(
      'testimony_decision',
    );
    const list = await prosecutor.call('GET', path(`testimony-decisions?personId=${people.survivorId}`));
    expect(list.body.items).toHaveLength(1);
  });
});
