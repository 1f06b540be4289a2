import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

/**
 * The assessment editor's API: the year's recorded judgements and tier with their versions, and the
 * history of every change to them and to tracked recommendations, with both values and the reason.
 */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let commission: string;
let writer: Session;
let reader: Session;
let prosecutor: Session;

/** The owner sees no rows (row-level security is forced): count what a report reader sees. */
const historyCount = async () =>
  (await writer.call('GET', '/api/v1/assessments/2024/history')).body.items.length;

beforeAll(async () => {
  commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  writer = await bed.signedIn(commission, ['statistician']);
  reader = await bed.signedIn(bed.agencies.puebla, ['statistician']);
  prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
});

describe('the assessment of a year and its history', () => {
  it('keeps each judgement change with both values, the reason and the reviewer', async () => {
    const path = '/api/v1/assessments/2024/criteria/law_enforcement';
    const first = await writer.call('PUT', path, {
      rating: 'partly_met',
      note: 'Más investigaciones estatales',
    });
    expect(first.status).toBe(201);
    const second = await writer.call(
      'PUT',
      path,
      { rating: 'met', note: 'Las condenas aumentaron' },
      ifMatch(1),
    );
    expect(second.status).toBe(200);
    const state = await writer.call('GET', '/api/v1/assessments/2024');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      year: 2024,
      canEdit: true,
      judgements: [{ criterion: 'law_enforcement', rating: 'met', version: 2 }],
    });
    const history = await reader.call('GET', '/api/v1/assessments/2024/history');
    expect(history.status).toBe(200);
    const judgements = history.body.items.filter((item: { subject: string }) => item.subject === 'judgement');
    expect(
      judgements.map((item: { version: number; reason: string; changes: unknown }) => [
        item.version,
        item.reason,
        item.changes,
      ]),
    ).toEqual([
      [
        2,
        'Las condenas aumentaron',
        [
          { field: 'rating', from: 'partly_met', to: 'met' },
          { field: 'note', from: 'Más investigaciones estatales', to: 'Las condenas aumentaron' },
        ],
      ],
      [
        1,
        'Más investigaciones estatales',
        [
          { field: 'rating', from: null, to: 'partly_met' },
          { field: 'note', from: null, to: 'Más investigaciones estatales' },
        ],
      ],
    ]);
    expect(judgements[0].changedBy).toMatch(/^usuario-prueba-\d+$/);
  });

  it('keeps tier changes, and shows the tier with its version for If-Match', async () => {
    expect((await writer.call('PUT', '/api/v1/assessments/2024/tier', { tier: '2' })).status).toBe(201);
    const corrected = await writer.call(
      'PUT',
      '/api/v1/assessments/2024/tier',
      { tier: '2_watch_list' },
      ifMatch(1),
    );
    expect(corrected.status).toBe(200);
    const state = await reader.call('GET', '/api/v1/assessments/2024');
    expect(state.body).toMatchObject({
      canEdit: false,
      tier: { tier: '2_watch_list', waived: false, version: 2 },
    });
    const history = await writer.call('GET', '/api/v1/assessments/2024/history');
    const tiers = history.body.items.filter((item: { subject: string }) => item.subject === 'tier');
    expect(tiers[0]).toMatchObject({
      subjectKey: '2024',
      version: 2,
      changes: [{ field: 'tier', from: '2', to: '2_watch_list' }],
    });
    // Another year's changes are not this year's.
    const other = await writer.call('GET', '/api/v1/assessments/2023/history');
    expect(other.body.items.filter((item: { subject: string }) => item.subject !== 'recommendation')).toEqual(
      [],
    );
  });

  it('keeps recommendation changes with the progress note as the reason', async () => {
    const created = await writer.call('POST', '/api/v1/recommendations', {
      textEs: 'Aumentar las condenas por trabajo forzoso',
      textEn: 'Increase forced labour convictions',
      ownerAgencyId: bed.agencies.fevimtra,
      dueOn: '2025-06-30',
      indicatorCodes: ['prosecution.convictions'],
    });
    expect(created.status).toBe(201);
    const changed = await writer.call(
      'PATCH',
      `/api/v1/recommendations/${created.body.id}`,
      {
        dueOn: '2025-12-31',
        status: 'in_progress',
        progressNote: 'Capacitación de fiscales iniciada',
        ownerAgencyId: bed.agencies.puebla,
      },
      ifMatch(1),
    );
    expect(changed.status).toBe(200);
    const history = await writer.call('GET', '/api/v1/assessments/2024/history');
    const entry = history.body.items.find(
      (item: { subjectKey: string }) => item.subjectKey === created.body.id,
    );
    expect(entry).toMatchObject({
      subject: 'recommendation',
      version: 2,
      reason: 'Capacitación de fiscales iniciada',
      changes: [
        { field: 'ownerAgencyId', from: bed.agencies.fevimtra, to: bed.agencies.puebla },
        { field: 'dueOn', from: '2025-06-30', to: '2025-12-31' },
        { field: 'status', from: 'not_started', to: 'in_progress' },
      ],
    });
  });

  it('changes nothing and writes no history on a stale version, a missing one or a reader’s edit', async () => {
    const before = await historyCount();
    const path = '/api/v1/assessments/2024/criteria/law_enforcement';
    expect((await writer.call('PUT', path, { rating: 'not_met', note: 'x' }, ifMatch(1))).status).toBe(412);
    expect((await writer.call('PUT', path, { rating: 'not_met', note: 'x' })).status).toBe(428);
    expect((await reader.call('PUT', path, { rating: 'not_met', note: 'x' }, ifMatch(2))).status).toBe(403);
    expect(
      (await writer.call('PUT', '/api/v1/assessments/2024/tier', { tier: '9' }, ifMatch(2))).status,
    ).toBe(400);
    expect(await historyCount()).toBe(before);
    const state = await writer.call('GET', '/api/v1/assessments/2024');
    expect(state.body.judgements[0]).toMatchObject({ rating: 'met', version: 2 });
  });

  it('answers not found to those who may not read the report', async () => {
    for (const path of ['/api/v1/assessments/2024', '/api/v1/assessments/2024/history'])
      expect((await prosecutor.call('GET', path)).status).toBe(404);
  });

  it('refuses a year outside the report’s range', async () => {
    for (const path of ['/api/v1/assessments/1999', '/api/v1/assessments/abcd/history'])
      expect((await writer.call('GET', path)).status).toBe(400);
  });

  it('never lets history be rewritten', async () => {
    // The application may only add; even the owner, who may alter the table, cannot empty it.
    await expect(
      sql`UPDATE assessment_changes SET reason = 'otra'`.execute(bed.database.db),
    ).rejects.toThrow();
    await expect(sql`DELETE FROM assessment_changes`.execute(bed.database.db)).rejects.toThrow();
    await expect(bed.database.owner.query('TRUNCATE assessment_changes')).rejects.toThrow();
    expect(await historyCount()).toBeGreaterThan(0);
  });
});
