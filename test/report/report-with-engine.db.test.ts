import { describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

/**
 * The annual report and statistics releases as `enlace serve` wires them: over the statistics engine,
 * computing from the records rather than from hand-built figures.
 */
const bed = openAccessBed();

describe('the annual report over the statistics engine', () => {
  it('reports every indicator the engine computes, in JSON and as a PDF', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    await caseWithPeople(prosecutor, 'PUE');
    const commission = await agency(bed.database, 'CIT', {
      type: 'interagency_commission',
      level: 'federal',
    });
    const statistician = await bed.signedIn(commission, ['statistician']);
    const year = new Date().getUTCFullYear();
    const report = await statistician.call('GET', `/api/v1/reports/annual/${year}?lang=es-MX`);
    expect(report.status).toBe(200);
    const codes = report.body.figures.indicators.map((figure: { code: string }) => figure.code);
    expect(codes).toEqual(
      expect.arrayContaining(['prosecution.convictions', 'protection.survivors_identified']),
    );
    const identified = report.body.figures.indicators.find(
      (figure: { code: string }) => figure.code === 'protection.survivors_identified',
    );
    expect(identified.value).toBeGreaterThanOrEqual(1);
    const pdf = await fetch(`${bed.server.baseUrl}/api/v1/reports/annual/${year}?format=pdf`, {
      headers: { cookie: statistician.cookie() ?? '' },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lets the commission approve a release computed by the engine, and nobody else', async () => {
    const commission = (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'CIT'`)).rows[0]
      .id;
    const supervisor = await bed.signedIn(commission, ['supervisor']);
    const release = {
      year: new Date().getUTCFullYear(),
      indicatorCodes: ['protection.survivors_identified'],
    };
    const outsider = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    expect((await outsider.call('POST', '/api/v1/statistics/releases', release)).status).toBe(404);
    const approved = await supervisor.call('POST', '/api/v1/statistics/releases', release);
    expect(approved.status).toBe(201);
    const published = await fetch(`${bed.server.baseUrl}/api/v1/public/statistics/${release.year}`);
    expect(published.status).toBe(200);
  });
});
