import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueProtection } from '../../src/modules/follow-up/escalate-overdue-protection.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople, daysFromToday, ifMatch } from '../support/case-records.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';
import { agency } from '../support/sessions.ts';

/**
 * Protection follow-up: open measures become tasks with deadlines, listed on the case and in the
 * responsible agency's inbox, escalated once when overdue; and a survivor's timeline of services.
 * Nobody outside the case sees either; witness protection stays with the investigation.
 */
const bed = openAccessBed();
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
type Task = { measureId: string; kind: string; task: string; dueOn: string; overdue: boolean };

let prosecutor: Client;
let caseWorker: Client;
let supervisor: Client;
let shelterStaff: Client;
let outsider: Client;
let statistician: Client;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
const measures: Record<string, { id: string; version: number }> = {};
const path = (suffix: string) => `/api/v1/cases/${people.caseId}/${suffix}`;
const kindsOf = (items: Task[]) => items.map((item) => item.kind).sort();

beforeAll(async () => {
  await agency(bed.database, 'REFUGIO-SEG', { type: 'shelter', level: 'state', state: 'PUE', sector: 'ngo' });
  const shelter = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'REFUGIO-SEG'`))
    .rows[0].id;
  prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  supervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
  shelterStaff = await bed.signedIn(shelter, ['shelter_staff']);
  outsider = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
  statistician = await bed.signedIn(bed.agencies.fevimtra, ['statistician']);
  people = await caseWithPeople(prosecutor);
  await prosecutor.call('POST', path('shares'), {
    agencyCode: 'REFUGIO-SEG',
    reason: 'Canalización a refugio',
  });
  const record = async (session: Client, name: string, body: Record<string, unknown>) => {
    const created = await session.call('POST', path('protection-measures'), {
      personId: people.survivorId,
      ...body,
    });
    expect(created.status).toBe(201);
    measures[name] = created.body;
  };
  await record(caseWorker, 'relief', {
    kind: 'immigration_relief',
    relief: 'humanitarian_visa',
    status: 'applied',
    requestedOn: daysFromToday(-50),
  });
  await record(caseWorker, 'repatriation', {
    kind: 'repatriation',
    status: 'requested',
    requestedOn: daysFromToday(-2),
  });
  await record(prosecutor, 'witness', {
    kind: 'witness_protection',
    witnessMeasure: 'identity_reserved',
    status: 'requested',
    requestedOn: daysFromToday(-10),
  });
  await record(caseWorker, 'compensation', {
    kind: 'compensation',
    status: 'ordered',
    requestedOn: daysFromToday(-120),
    amountOrderedMxn: 150_000,
    amountPaidMxn: 40_000.5,
  });
  await record(prosecutor, 'nonPunishment', {
    kind: 'non_punishment',
    status: 'requested',
    requestedOn: daysFromToday(-300),
  });
});

describe('follow-up tasks on a case', () => {
  it('derives a task with a deadline from each open measure that calls for one', async () => {
    const listed = await prosecutor.call('GET', path('follow-up-tasks'));
    expect(listed.status).toBe(200);
    const byKind = Object.fromEntries(listed.body.items.map((item: Task) => [item.kind, item]));
    expect(kindsOf(listed.body.items)).toEqual([
      'compensation',
      'immigration_relief',
      'repatriation',
      'witness_protection',
    ]);
    expect(byKind.immigration_relief).toMatchObject({
      task: 'relief_decision',
      dueOn: daysFromToday(-5),
      overdue: true,
      responsibleAgency: { code: 'FGE-PUE' },
      escalatedAt: null,
    });
    expect(byKind.repatriation).toMatchObject({ dueOn: daysFromToday(28), overdue: false });
    expect(byKind.witness_protection).toMatchObject({ task: 'protection_decision', overdue: true });
    expect(byKind.compensation).toMatchObject({ overdue: true, outstandingMxn: 109_999.5 });
    expect(listed.body.items[0].kind).toBe('compensation');
  });

  it('keeps witness protection from a shelter the case is shared with', async () => {
    const listed = await shelterStaff.call('GET', path('follow-up-tasks'));
    expect(listed.status).toBe(200);
    expect(kindsOf(listed.body.items)).toEqual(['compensation', 'immigration_relief', 'repatriation']);
  });

  it('answers 404 to agencies without access to the case and to statisticians', async () => {
    for (const session of [outsider, statistician]) {
      const listed = await session.call('GET', path('follow-up-tasks'));
      expect(listed.status).toBe(404);
      expect(JSON.stringify(listed.body)).not.toContain('immigration_relief');
    }
  });

  it('refuses a malformed case id', async () => {
    const listed = await prosecutor.call('GET', '/api/v1/cases/not-a-case/follow-up-tasks');
    expect(listed.status).toBe(400);
  });

  it('drops the task once the measure reaches its outcome', async () => {
    const granted = await caseWorker.call(
      'PATCH',
      path(`protection-measures/${measures.repatriation!.id}`),
      { status: 'completed', resolvedOn: daysFromToday(0) },
      ifMatch(measures.repatriation!.version),
    );
    expect(granted.status).toBe(200);
    const listed = await caseWorker.call('GET', path('follow-up-tasks'));
    expect(kindsOf(listed.body.items)).toEqual(['compensation', 'immigration_relief']);
  });
});

describe('the responsible agency’s inbox', () => {
  it('lists what the agency recorded, overdue first, witness protection only with the investigation', async () => {
    const forCaseWorker = await caseWorker.call('GET', '/api/v1/follow-up-tasks');
    expect(forCaseWorker.status).toBe(200);
    expect(kindsOf(forCaseWorker.body.items)).toEqual(['compensation', 'immigration_relief']);
    const forProsecutor = await prosecutor.call('GET', '/api/v1/follow-up-tasks');
    expect(kindsOf(forProsecutor.body.items)).toEqual([
      'compensation',
      'immigration_relief',
      'witness_protection',
    ]);
    expect(forProsecutor.body.items.every((item: Task) => item.overdue)).toBe(true);
  });

  it('is empty for agencies that recorded nothing or cannot reach the case', async () => {
    for (const session of [shelterStaff, outsider, statistician]) {
      const inbox = await session.call('GET', '/api/v1/follow-up-tasks');
      expect(inbox.status).toBe(200);
      expect(inbox.body.items).toEqual([]);
    }
  });
});

describe('escalating overdue follow-up', () => {
  it('tells the recorder and the responsible supervisors once, and marks the task', async () => {
    const rounds = await Promise.all([1, 2].map(() => escalateOverdueProtection(bed.database.db)));
    const escalated = rounds.flat().map((item) => item.measureId);
    expect(escalated.sort()).toEqual(
      [measures.relief!.id, measures.witness!.id, measures.compensation!.id].sort(),
    );
    expect(await escalateOverdueProtection(bed.database.db)).toEqual([]);
    const told = async (session: Client) =>
      (await session.call('GET', '/api/v1/notifications')).body.items
        .filter((item: { kind: string }) => item.kind === 'protection_follow_up_overdue')
        .map((item: { subject: { id: string }; caseId: string }) => [item.subject.id, item.caseId]);
    expect(await told(caseWorker)).toHaveLength(2);
    expect(await told(supervisor)).toHaveLength(3);
    expect(await told(prosecutor)).toEqual([[measures.witness!.id, people.caseId]]);
    expect(await told(outsider)).toEqual([]);
    const listed = await caseWorker.call('GET', path('follow-up-tasks'));
    expect(listed.body.items.every((item: { escalatedAt: string | null }) => item.escalatedAt !== null)).toBe(
      true,
    );
  });

  it('lets no application session mark a task escalated', async () => {
    const attempt = bed.database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL ROLE enlace_app`.execute(trx);
      await sql`INSERT INTO protection_follow_up_escalations (measure_id, case_id, due_on)
                VALUES (${measures.repatriation!.id}, ${people.caseId}, current_date)`.execute(trx);
    });
    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });

  it('still lets an escalated measure be removed, and its task goes with it', async () => {
    const removed = await prosecutor.call(
      'DELETE',
      path(`protection-measures/${measures.witness!.id}`),
      { reason: 'Registrada por error en otro caso' },
      ifMatch(measures.witness!.version),
    );
    expect(removed.status).toBe(204);
    const listed = await prosecutor.call('GET', path('follow-up-tasks'));
    expect(kindsOf(listed.body.items)).toEqual(['compensation', 'immigration_relief']);
  });
});

describe('a survivor’s timeline of services', () => {
  let provider: Awaited<ReturnType<typeof providerWithService>>;

  beforeAll(async () => {
    provider = await providerWithService(bed, { service: { states: ['PUE'] } });
    await consentToServices(caseWorker, people.caseId, people.survivorId, provider.code);
    const referred = await caseWorker.call('POST', path('referrals'), {
      personId: people.survivorId,
      serviceId: provider.serviceId,
    });
    expect(referred.status).toBe(201);
    const accepted = await provider.staff.call(
      'POST',
      `/api/v1/referrals/${referred.body.id}/transitions`,
      { to: 'accepted' },
      ifMatch(referred.body.version),
    );
    expect(accepted.status).toBe(200);
  });

  it('shows each referral step and each protection measure in order', async () => {
    const timeline = await prosecutor.call('GET', path(`people/${people.survivorId}/service-timeline`));
    expect(timeline.status).toBe(200);
    const steps = timeline.body.items.map((item: { source: string; status: string; kind?: string }) =>
      item.source === 'referral' ? `referral:${item.status}` : `${item.kind}:${item.status}`,
    );
    expect(steps).toEqual([
      'non_punishment:requested',
      'compensation:ordered',
      'immigration_relief:applied',
      'repatriation:requested',
      'repatriation:completed',
      'referral:proposed',
      'referral:sent',
      'referral:accepted',
    ]);
    expect(timeline.body.items.at(-1)).toMatchObject({
      serviceType: 'shelter',
      providerCode: provider.code,
    });
  });

  it('leaves the investigation’s measures out for a shelter the case is shared with', async () => {
    const timeline = await shelterStaff.call('GET', path(`people/${people.survivorId}/service-timeline`));
    expect(timeline.status).toBe(200);
    const kinds = timeline.body.items.map((item: { kind?: string }) => item.kind).filter(Boolean);
    expect(kinds).not.toContain('witness_protection');
    expect(kinds).not.toContain('non_punishment');
    expect(kinds).toContain('compensation');
  });

  it('is closed to the provider, to outsiders and to statisticians, as are the tasks', async () => {
    for (const session of [provider.staff, outsider, statistician]) {
      const timeline = await session.call('GET', path(`people/${people.survivorId}/service-timeline`));
      expect(timeline.status).toBe(404);
    }
    expect((await provider.staff.call('GET', path('follow-up-tasks'))).status).toBe(404);
    expect((await provider.staff.call('GET', '/api/v1/follow-up-tasks')).body.items).toEqual([]);
  });

  it('answers 404 for a person of another case and 400 for a malformed id', async () => {
    const other = await caseWithPeople(prosecutor);
    const foreign = await prosecutor.call('GET', path(`people/${other.survivorId}/service-timeline`));
    expect(foreign.status).toBe(404);
    const malformed = await prosecutor.call('GET', path('people/nobody/service-timeline'));
    expect(malformed.status).toBe(400);
  });
});
