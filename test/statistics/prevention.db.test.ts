import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { ifMatch, refusedField } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

/** The prevention activity log: each agency's staff keep their own; national readers see all. */
const bed = openAccessBed();
type Session = Awaited<ReturnType<typeof bed.signedIn>>;
let pueblaWorker: Session;
let chiapasWorker: Session;
let statistician: Session;
let commission: string;

const training = {
  activityType: 'training',
  heldOn: '2012-03-03',
  stateCode: 'PUE',
  audience: 'police',
  languages: ['es'],
  peopleReached: 40,
};
const rows = async () =>
  (await bed.database.owner.query('SELECT count(*)::int AS n FROM prevention_activities')).rows[0]
    .n as number;

beforeAll(async () => {
  commission = await agency(bed.database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  pueblaWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  chiapasWorker = await bed.signedIn(bed.agencies.chiapas, ['case_worker']);
  statistician = await bed.signedIn(commission, ['statistician']);
});

describe('recording and changing activities', () => {
  let activityId: string;

  it('records an activity of the caller’s agency, audited, with its version as ETag', async () => {
    const created = await pueblaWorker.call('POST', '/api/v1/prevention-activities', training);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ ...training, agencyCode: 'FGE-PUE', version: 1 });
    activityId = created.body.id;
    const audit = await bed.database.owner.query(
      `SELECT action, details FROM audit_entries WHERE record_id = $1`,
      [activityId],
    );
    expect(audit.rows).toEqual([
      {
        action: 'prevention_activity.create',
        details: {
          fields: ['activity_type', 'held_on', 'state_code', 'audience', 'languages', 'people_reached'],
          version: 1,
        },
      },
    ]);
  });

  it('changes it with If-Match only, refusing a stale version', async () => {
    const path = `/api/v1/prevention-activities/${activityId}`;
    expect((await pueblaWorker.call('PATCH', path, { peopleReached: 45 })).status).toBe(428);
    const changed = await pueblaWorker.call('PATCH', path, { peopleReached: 45 }, ifMatch(1));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ peopleReached: 45, version: 2 });
    const stale = await pueblaWorker.call('PATCH', path, { peopleReached: 50 }, ifMatch(1));
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    const audit = await bed.database.owner.query(
      `SELECT details FROM audit_entries WHERE record_id = $1 AND action = 'prevention_activity.update'`,
      [activityId],
    );
    expect(audit.rows).toEqual([{ details: { fields: ['people_reached'], version: 2 } }]);
  });

  it('hides another agency’s activity (404), even from the commission’s supervisor who reads it', async () => {
    const path = `/api/v1/prevention-activities/${activityId}`;
    expect((await chiapasWorker.call('PATCH', path, { peopleReached: 1 }, ifMatch(2))).status).toBe(404);
    const supervisor = await bed.signedIn(commission, ['supervisor']);
    expect((await supervisor.call('PATCH', path, { peopleReached: 1 }, ifMatch(2))).status).toBe(404);
    const unchanged = await bed.database.owner.query('SELECT people_reached FROM prevention_activities');
    expect(unchanged.rows).toEqual([{ people_reached: 45 }]);
  });

  it('refuses statisticians, auditors and administrators as writers (403 by name)', async () => {
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      const session = await bed.signedIn(bed.agencies.puebla, [role]);
      const refused = await session.call('POST', '/api/v1/prevention-activities', training);
      expect(refused.status, role).toBe(403);
      expect(refused.body.code).toBe('prevention_recorder_required');
    }
    expect(await rows()).toBe(1);
  });
});

describe('bad input', () => {
  it('names the field and writes nothing', async () => {
    const post = (body: object, headers?: Record<string, string>) =>
      pueblaWorker.call('POST', '/api/v1/prevention-activities', { ...training, ...body }, headers);
    expect(refusedField(await post({ languages: ['es', 'es'] })).message).toContain('una sola vez');
    expect(refusedField(await post({ languages: [] })).path).toBe('languages');
    expect(refusedField(await post({ languages: ['klingon'] })).path).toBe('languages.0');
    expect(refusedField(await post({ activityType: 'parade' })).path).toBe('activityType');
    expect(refusedField(await post({ audience: 'everyone' })).path).toBe('audience');
    expect(refusedField(await post({ peopleReached: -1 })).path).toBe('peopleReached');
    expect(refusedField(await post({ stateCode: 'XYZ' })).path).toBe('stateCode');
    const future = await post({ heldOn: '2999-01-01' }, { 'accept-language': 'en' });
    expect(refusedField(future)).toMatchObject({ path: 'heldOn' });
    expect(refusedField(future).message).toContain('later than today');
    expect(refusedField(await post({ participants: ['Ana'] })).message).toContain('participants');
    expect(await rows()).toBe(1);
  });
});

describe('who reads the log', () => {
  beforeAll(async () => {
    const created = await chiapasWorker.call('POST', '/api/v1/prevention-activities', {
      ...training,
      activityType: 'awareness_campaign',
      audience: 'general_public',
      heldOn: '2013-05-05',
      stateCode: 'CHP',
      languages: ['es', 'tsotsil'],
      peopleReached: 1000,
    });
    expect(created.status).toBe(201);
  });

  it('shows staff their own agency’s activities and national readers everyone’s, by year', async () => {
    const own = await chiapasWorker.call('GET', '/api/v1/prevention-activities');
    expect(own.body.items.map((item: { agencyCode: string }) => item.agencyCode)).toEqual(['FGE-CHP']);
    const all = await statistician.call('GET', '/api/v1/prevention-activities');
    expect(all.body.items.map((item: { agencyCode: string }) => item.agencyCode)).toEqual([
      'FGE-CHP',
      'FGE-PUE',
    ]);
    const of2012 = await statistician.call('GET', '/api/v1/prevention-activities?year=2012');
    expect(of2012.body.items).toHaveLength(1);
  });

  it('is not found for auditors and administrators', async () => {
    for (const role of ['auditor', 'administrator'] as const) {
      const session = await bed.signedIn(bed.agencies.puebla, [role]);
      expect((await session.call('GET', '/api/v1/prevention-activities')).status, role).toBe(404);
    }
  });

  it('feeds the prevention indicators', async () => {
    const figures = await statistician.call('GET', '/api/v1/statistics/annual/2013');
    const find = (code: string) =>
      figures.body.indicators.find((item: { code: string }) => item.code === code);
    expect(find('prevention.awareness_campaigns').value).toBe(1);
    expect(find('prevention.awareness_campaigns').breakdowns).toEqual([
      {
        dimension: 'language',
        cells: [
          { key: 'es', value: 1 },
          { key: 'tsotsil', value: 1 },
        ],
      },
      { dimension: 'state', cells: [{ key: 'CHP', value: 1 }] },
    ]);
    expect(find('prevention.people_reached').value).toBe(1000);
    expect(find('prevention.trainings').value).toBe(0);
  });
});
