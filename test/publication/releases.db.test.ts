import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPublicationBed } from '../support/publication.ts';
import { agency } from '../support/sessions.ts';
import { client } from '../support/test-app.ts';

/**
 * Release approval: only the national commission approves and withdraws (everyone else finds nothing),
 * approval computes once and stores a protected, immutable snapshot, the public reads it without a
 * session and never sees a withdrawn release, and bad input is refused with nothing stored.
 */
let bed: Awaited<ReturnType<typeof openPublicationBed>>;
type Client = Awaited<ReturnType<typeof bed.signedIn>>;
let statistician: Client;
let supervisor: Client;
const anonymous = () => client(bed.baseUrl);
const codes = ['prosecution.convictions', 'protection.repatriations', 'prosecution.sentence_length'];

/** As the database superuser: row-level security binds even the schema's owner on this table. */
async function asSuperuser<T>(work: (connection: pg.Client) => Promise<T>): Promise<T> {
  const connection = bed.database.superuser();
  await connection.connect();
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}
const countReleases = () =>
  asSuperuser(async (connection) =>
    Number((await connection.query('SELECT count(*) AS n FROM statistical_releases')).rows[0].n),
  );

beforeAll(async () => {
  bed = await openPublicationBed();
  statistician = await bed.signedIn(bed.commission, ['statistician']);
  supervisor = await bed.signedIn(bed.commission, ['supervisor']);
});
afterAll(() => bed?.close());

describe('approving a release', () => {
  it('is refused to everyone but the commission as not found, computing nothing', async () => {
    const fevimtra = await agency(bed.database, 'FEVIMTRA', {
      type: 'federal_prosecutor_trafficking',
      level: 'federal',
    });
    const rights = await agency(bed.database, 'CNDH', { type: 'human_rights_commission', level: 'federal' });
    const platform = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'ENLACE'`)).rows[0]
      .id;
    const outsiders = [
      await bed.signedIn(fevimtra, ['statistician']),
      await bed.signedIn(fevimtra, ['prosecutor', 'supervisor']),
      await bed.signedIn(rights, ['supervisor']),
      await bed.signedIn(bed.commission, ['case_worker']),
      await bed.signedIn(platform, ['auditor']),
      await bed.signedIn(platform, ['administrator']),
    ];
    for (const outsider of outsiders) {
      const approved = await outsider.call('POST', '/api/v1/statistics/releases', {
        year: 2012,
        indicatorCodes: codes,
      });
      expect([approved.status, approved.body.code]).toEqual([404, 'not_found']);
      const listed = await outsider.call('GET', '/api/v1/statistics/releases');
      expect(listed.status).toBe(404);
    }
    const unsigned = await anonymous().call('POST', '/api/v1/statistics/releases', {
      year: 2012,
      indicatorCodes: codes,
    });
    expect(unsigned.status).toBe(401);
    expect(bed.source.calls).toBe(0);
    expect(await countReleases()).toBe(0);
  });

  it.each([
    { case: 'a year before 2000', body: { year: 1999, indicatorCodes: codes }, code: 'validation_failed' },
    { case: 'a year as text', body: { year: '2012', indicatorCodes: codes }, code: 'validation_failed' },
    {
      case: 'a year not begun',
      body: { year: new Date().getUTCFullYear() + 1, indicatorCodes: codes },
      code: 'release_year_not_begun',
    },
    { case: 'no indicators', body: { year: 2012, indicatorCodes: [] }, code: 'validation_failed' },
    {
      case: 'a code with free text',
      body: { year: 2012, indicatorCodes: ['=cmd()'] },
      code: 'validation_failed',
    },
    {
      case: 'an unknown indicator',
      body: { year: 2012, indicatorCodes: ['prosecution.convictions', 'prevention.unicorns'] },
      code: 'unknown_indicator_codes',
    },
    {
      case: 'a repeated indicator',
      body: { year: 2012, indicatorCodes: ['prosecution.convictions', 'prosecution.convictions'] },
      code: 'indicator_codes_repeated',
    },
    {
      case: 'a threshold below the minimum',
      body: { year: 2012, indicatorCodes: codes, threshold: 3 },
      code: 'disclosure_threshold_too_low',
    },
    {
      case: 'a threshold above 100',
      body: { year: 2012, indicatorCodes: codes, threshold: 101 },
      code: 'validation_failed',
    },
    {
      case: 'a fractional threshold',
      body: { year: 2012, indicatorCodes: codes, threshold: 5.5 },
      code: 'validation_failed',
    },
    {
      case: 'epsilon zero',
      body: { year: 2012, indicatorCodes: codes, epsilon: 0 },
      code: 'validation_failed',
    },
    {
      case: 'epsilon above 10',
      body: { year: 2012, indicatorCodes: codes, epsilon: 11 },
      code: 'validation_failed',
    },
    {
      case: 'an unknown field',
      body: { year: 2012, indicatorCodes: codes, figures: [] },
      code: 'validation_failed',
    },
  ])('refuses $case, storing nothing', async ({ body, code }) => {
    const refused = await statistician.call('POST', '/api/v1/statistics/releases', body);
    expect([refused.status, refused.body.code]).toEqual([400, code]);
    expect(refused.body.detail).toBeTruthy();
    expect(await countReleases()).toBe(0);
  });

  it('names the unknown codes and says what is expected, in the reader’s language', async () => {
    const english = client(bed.baseUrl, 'en');
    english.setCookie(statistician.cookie());
    const refused = await english.call('POST', '/api/v1/statistics/releases', {
      year: 2012,
      indicatorCodes: ['prevention.unicorns'],
    });
    expect(refused.body.detail).toContain('prevention.unicorns');
    expect(refused.body.detail).toContain('2012');
  });

  it('computes once, protects and stores the snapshot, audited, and the public reads it without a session', async () => {
    const before = bed.source.calls;
    const approved = await statistician.call('POST', '/api/v1/statistics/releases', {
      year: 2012,
      indicatorCodes: codes,
      threshold: 6,
    });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({
      year: 2012,
      indicatorCodes: codes,
      disclosure: { threshold: 6, epsilon: null, privacyBudget: null },
      approvedBy: statistician.userId,
      withdrawnAt: null,
    });
    expect(bed.source.calls).toBe(before + 1);
    const audit = await bed.database.owner.query(
      `SELECT actor_user_id, details FROM audit_entries WHERE action = 'statistics.release_approved' AND record_id = $1`,
      [approved.body.releaseId],
    );
    expect(audit.rows).toEqual([
      {
        actor_user_id: statistician.userId,
        details: expect.objectContaining({ year: 2012, indicatorCodes: codes, threshold: 6, epsilon: null }),
      },
    ]);

    const reader = anonymous();
    const list = await reader.call('GET', '/api/v1/public/statistics');
    expect(list.status).toBe(200);
    expect(list.body.releases).toEqual([
      expect.objectContaining({
        releaseId: approved.body.releaseId,
        year: 2012,
        publisher: 'CIT',
        indicatorCount: 3,
      }),
    ]);
    const year = await reader.call('GET', '/api/v1/public/statistics/2012');
    expect(year.status).toBe(200);
    expect(year.body.indicators.map((indicator: { code: string }) => indicator.code)).toEqual(codes);
    const [convictions, repatriations] = year.body.indicators;
    expect(convictions.value).toBe(25);
    expect(convictions.breakdowns[1].cells.map((cell: { value: number | null }) => cell.value)).toEqual([
      12,
      null,
      null,
      null,
    ]);
    expect(repatriations).toMatchObject({ value: null, suppressed: true });
    // Reading never computes: the snapshot is what was stored.
    for (let read = 0; read < 3; read += 1) await reader.call('GET', '/api/v1/public/statistics/2012');
    expect(bed.source.calls).toBe(before + 1);

    const csv = await fetch(`${bed.baseUrl}/api/v1/public/statistics/2012/open-data.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain(
      'prosecution.convictions,prosecution,count,state,hte_State,CMX,12,published',
    );
    const json = await reader.call('GET', '/api/v1/public/statistics/2012/open-data.json');
    expect(json.body).toMatchObject({ format: 'enlace-open-data', version: 1, year: 2012 });
  });

  it('keeps one release in force per year', async () => {
    const again = await supervisor.call('POST', '/api/v1/statistics/releases', {
      year: 2012,
      indicatorCodes: codes,
    });
    expect([again.status, again.body.code]).toEqual([409, 'release_in_force']);
    expect(await countReleases()).toBe(1);
  });

  it('stores noisy figures with the privacy budget, drawn once', async () => {
    const approved = await supervisor.call('POST', '/api/v1/statistics/releases', {
      year: 2011,
      indicatorCodes: ['prosecution.investigations'],
      epsilon: 0.5,
    });
    expect(approved.status).toBe(201);
    // One total, one breakdown, the agencies behind it: three groups of counts at ε = 0.5.
    expect(approved.body.disclosure).toEqual({ threshold: 5, epsilon: 0.5, privacyBudget: 1.5 });
    const first = await anonymous().call('GET', '/api/v1/public/statistics/2011');
    const second = await anonymous().call('GET', '/api/v1/public/statistics/2011');
    expect(first.body.indicators[0].noisy).toBe(true);
    expect(second.body).toEqual(first.body);
  });
});

describe('the snapshot', () => {
  it('cannot be edited or deleted, even by a database superuser', async () => {
    const refusals = [
      `UPDATE statistical_releases SET figures = '[]'::jsonb`,
      `UPDATE statistical_releases SET threshold = 2`,
      `DELETE FROM statistical_releases`,
    ];
    for (const statement of refusals)
      await expect(asSuperuser((connection) => connection.query(statement))).rejects.toThrow(
        /never deleted|immutable/,
      );
    const withdrawnByOwner = await bed.database.owner.query(
      `UPDATE statistical_releases SET withdrawn_at = now() RETURNING id`,
    );
    expect(withdrawnByOwner.rowCount).toBe(0);
  });
});

describe('withdrawing a release', () => {
  let releaseId: string;
  beforeAll(async () => {
    releaseId = (await anonymous().call('GET', '/api/v1/public/statistics/2012')).body.releaseId;
  });

  it('is refused to everyone but the commission, and without a written reason', async () => {
    const fevimtra = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'FEVIMTRA'`))
      .rows[0].id;
    const outsider = await bed.signedIn(fevimtra, ['supervisor']);
    const path = `/api/v1/statistics/releases/${releaseId}/withdrawal`;
    const reason = 'Se detectó un error de captura en las sentencias de 2012.';
    expect((await outsider.call('POST', path, { reason })).status).toBe(404);
    const short = await statistician.call('POST', path, { reason: 'error' });
    expect([short.status, short.body.code]).toEqual([400, 'validation_failed']);
    const unknown = await statistician.call(
      'POST',
      '/api/v1/statistics/releases/00000000-0000-4000-8000-000000000000/withdrawal',
      { reason },
    );
    expect(unknown.status).toBe(404);
    expect((await anonymous().call('GET', '/api/v1/public/statistics/2012')).status).toBe(200);
  });

  it('takes the release off every public output, keeps the reason and audits it', async () => {
    const reason = 'Se detectó un error de captura en las sentencias de 2012.';
    const withdrawn = await supervisor.call('POST', `/api/v1/statistics/releases/${releaseId}/withdrawal`, {
      reason,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ withdrawnBy: supervisor.userId, withdrawalReason: reason });
    const reader = anonymous();
    const year = await reader.call('GET', '/api/v1/public/statistics/2012');
    expect([year.status, year.body.code]).toEqual([404, 'statistics_release_not_found']);
    for (const format of ['csv', 'json'])
      expect((await fetch(`${bed.baseUrl}/api/v1/public/statistics/2012/open-data.${format}`)).status).toBe(
        404,
      );
    const list = await reader.call('GET', '/api/v1/public/statistics');
    expect(list.body.releases.map((release: { year: number }) => release.year)).toEqual([2011]);
    const audit = await bed.database.owner.query(
      `SELECT reason FROM audit_entries WHERE action = 'statistics.release_withdrawn' AND record_id = $1`,
      [releaseId],
    );
    expect(audit.rows).toEqual([{ reason }]);
    const again = await supervisor.call('POST', `/api/v1/statistics/releases/${releaseId}/withdrawal`, {
      reason,
    });
    expect([again.status, again.body.code]).toEqual([409, 'release_already_withdrawn']);
    const history = await statistician.call('GET', '/api/v1/statistics/releases');
    expect(
      history.body.releases.find((release: { releaseId: string }) => release.releaseId === releaseId),
    ).toMatchObject({
      withdrawalReason: reason,
    });
  });

  it('lets the commission release the year again once the old release is withdrawn', async () => {
    const approved = await statistician.call('POST', '/api/v1/statistics/releases', {
      year: 2012,
      indicatorCodes: codes,
    });
    expect(approved.status).toBe(201);
    const year = await anonymous().call('GET', '/api/v1/public/statistics/2012');
    expect(year.body.releaseId).toBe(approved.body.releaseId);
  });
});

describe('public endpoints', () => {
  it.each([
    ['/api/v1/public/statistics/1999', 400],
    ['/api/v1/public/statistics/dos-mil', 400],
    ['/api/v1/public/statistics/2005', 404],
    ['/api/v1/public/statistics/2005/open-data.csv', 404],
  ])('answer %s with %i as problem+json', async (path, status) => {
    const answer = await anonymous().call('GET', path);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('need no session and ignore a stale cookie', async () => {
    const stale = anonymous();
    stale.setCookie('enlace_session=caducada');
    expect((await stale.call('GET', '/api/v1/public/statistics')).status).toBe(200);
    expect((await stale.call('GET', '/api/v1/public/statistics/2012')).status).toBe(200);
  });
});
