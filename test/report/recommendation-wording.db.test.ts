import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

/**
 * Creating and rewording tracked recommendations: only the commission's writers may, every version
 * is kept in the history with both wordings, and a stale or unversioned edit changes nothing.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let writer: Session;
let commissionSupervisor: Session;
let commissionCaseWorker: Session;
let outsideStatistician: Session;
let pueblaProsecutor: Session;

const proposal = () => ({
  textEs: 'Capacitar a inspectores del trabajo en la identificación de víctimas',
  textEn: 'Train labour inspectors to identify victims',
  ownerAgencyId: bed.agencies.fevimtra,
  dueOn: '2027-06-30',
  indicatorCodes: ['prevention.trainings'],
});
const rewording = {
  textEs: 'Capacitar a inspectores del trabajo y personal consular en la identificación de víctimas',
  textEn: 'Train labour inspectors and consular staff to identify victims',
};

const historyOf = async (id: string) =>
  (await writer.call('GET', '/api/v1/assessments/2026/history')).body.items.filter(
    (item: { subjectKey: string }) => item.subjectKey === id,
  );
/** The owner sees no rows (row-level security is forced): read as a report writer. */
const stored = async (id: string) => {
  const { textEs, textEn, version } = (await writer.call('GET', `/api/v1/recommendations/${id}`)).body;
  return { text_es: textEs, text_en: textEn, version };
};
const recommendationCount = async () =>
  (await writer.call('GET', '/api/v1/recommendations')).body.items.length as number;

async function created(session: Session = writer): Promise<string> {
  const answer = await session.call('POST', '/api/v1/recommendations', proposal());
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

beforeAll(async () => {
  const commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  writer = await bed.signedIn(commission, ['statistician']);
  commissionSupervisor = await bed.signedIn(commission, ['supervisor']);
  commissionCaseWorker = await bed.signedIn(commission, ['case_worker']);
  outsideStatistician = await bed.signedIn(bed.agencies.puebla, ['statistician']);
  pueblaProsecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
});

describe('creating a recommendation', () => {
  it('starts its history with every field it was created with, and audits it', async () => {
    const id = await created(commissionSupervisor);
    expect(await historyOf(id)).toEqual([
      expect.objectContaining({
        subject: 'recommendation',
        version: 1,
        reason: null,
        changes: [
          { field: 'textEs', from: null, to: proposal().textEs },
          { field: 'textEn', from: null, to: proposal().textEn },
          { field: 'ownerAgencyId', from: null, to: bed.agencies.fevimtra },
          { field: 'dueOn', from: null, to: '2027-06-30' },
          { field: 'indicatorCodes', from: null, to: ['prevention.trainings'] },
          { field: 'status', from: null, to: 'not_started' },
        ],
      }),
    ]);
    const audit = await bed.database.owner.query(
      'SELECT actor_user_id FROM audit_entries WHERE action = $1 AND record_id = $2',
      ['report.recommendation_create', id],
    );
    expect(audit.rows).toEqual([{ actor_user_id: commissionSupervisor.userId }]);
  });

  it('starts the history of each seeded recommendation too, once', async () => {
    const loaded = await writer.call('POST', '/api/v1/recommendations/seed');
    expect(loaded.body).toEqual({ added: 9 });
    await writer.call('POST', '/api/v1/recommendations/seed');
    const seeded = (await writer.call('GET', '/api/v1/recommendations')).body.items.filter(
      (item: { dueOn: string }) => item.dueOn === '2013-12-31',
    );
    expect(seeded).toHaveLength(9);
    for (const item of seeded) {
      const entries = await historyOf(item.id);
      expect(entries.map((entry: { version: number }) => entry.version)).toEqual([1]);
      expect(entries[0].changes).toContainEqual({ field: 'textEn', from: null, to: item.textEn });
    }
  });

  it('answers 403 to report readers outside the commission’s writers and 404 to others, storing nothing', async () => {
    const before = await recommendationCount();
    for (const [session, status, code] of [
      [outsideStatistician, 403, 'report_write_forbidden'],
      [commissionCaseWorker, 403, 'report_write_forbidden'],
      [pueblaProsecutor, 404, 'not_found'],
    ] as const) {
      const answer = await session.call('POST', '/api/v1/recommendations', proposal());
      expect([answer.status, answer.body.code]).toEqual([status, code]);
    }
    expect(await recommendationCount()).toBe(before);
  });
});

describe('rewording a recommendation', () => {
  it('changes both wordings with If-Match and keeps the old ones in the history', async () => {
    const id = await created();
    const answer = await writer.call('PATCH', `/api/v1/recommendations/${id}`, rewording, ifMatch(1));
    expect([answer.status, answer.headers.get('etag')]).toEqual([200, '"2"']);
    expect(answer.body).toMatchObject({ ...rewording, version: 2, status: 'not_started' });
    const [latest] = await historyOf(id);
    expect(latest).toMatchObject({
      version: 2,
      changes: [
        { field: 'textEs', from: proposal().textEs, to: rewording.textEs },
        { field: 'textEn', from: proposal().textEn, to: rewording.textEn },
      ],
    });
    const audit = await bed.database.owner.query(
      `SELECT details FROM audit_entries WHERE action = 'report.recommendation_update' AND record_id = $1`,
      [id],
    );
    expect(audit.rows).toEqual([{ details: { fields: ['textEs', 'textEn'], note: false, version: 2 } }]);
  });

  it('refuses a stale or unversioned rewording, changing nothing and writing no history', async () => {
    const id = await created();
    const first = await writer.call('PATCH', `/api/v1/recommendations/${id}`, rewording, ifMatch(1));
    expect(first.status).toBe(200);
    const stale = await commissionSupervisor.call(
      'PATCH',
      `/api/v1/recommendations/${id}`,
      { textEs: 'Otra redacción' },
      ifMatch(1),
    );
    expect([stale.status, stale.body.code]).toEqual([412, 'version_conflict']);
    const unversioned = await writer.call('PATCH', `/api/v1/recommendations/${id}`, { textEs: 'Otra' });
    expect(unversioned.status).toBe(428);
    expect(await stored(id)).toEqual({ text_es: rewording.textEs, text_en: rewording.textEn, version: 2 });
    expect(await historyOf(id)).toHaveLength(2);
  });

  it.each([
    ['an empty wording', { textEs: '   ' }],
    ['a wording over 2,000 characters', { textEn: 'x'.repeat(2001) }],
    ['an unknown field', { text: 'Otra' }],
  ])('refuses %s, changing nothing', async (_name, body) => {
    const id = await created();
    const answer = await writer.call('PATCH', `/api/v1/recommendations/${id}`, body, ifMatch(1));
    expect([answer.status, answer.body.code]).toEqual([400, 'validation_failed']);
    expect(answer.body.detail.length).toBeGreaterThan(20);
    expect(await stored(id)).toEqual({ text_es: proposal().textEs, text_en: proposal().textEn, version: 1 });
  });

  it('answers 403 to readers who may not write and 404 to the owner agency and others', async () => {
    const id = await created();
    const fevimtraSupervisor = await bed.signedIn(bed.agencies.fevimtra, ['supervisor']);
    for (const [session, status] of [
      [outsideStatistician, 403],
      [commissionCaseWorker, 403],
      [fevimtraSupervisor, 404],
      [pueblaProsecutor, 404],
    ] as const) {
      const answer = await session.call('PATCH', `/api/v1/recommendations/${id}`, rewording, ifMatch(1));
      expect(answer.status).toBe(status);
    }
    expect(await stored(id)).toMatchObject({ text_es: proposal().textEs, version: 1 });
  });
});
