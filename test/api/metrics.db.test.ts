import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTransferSweep } from '../../src/modules/jurisdiction/transfer-sweep.ts';
import { createMetrics } from '../../src/platform/metrics/metrics.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';

const TOKEN = 'token-de-metricas-de-prueba-0123456789abcdef';
const bed = openAccessBed();
let withMetrics: TestApp;

beforeAll(async () => {
  withMetrics = await startTestApp(bed.database, { metricsToken: TOKEN });
});
afterAll(() => withMetrics.close());

const scrape = (token?: string) =>
  fetch(`${withMetrics.baseUrl}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('GET /metrics', () => {
  it('is off without ENLACE_METRICS_TOKEN: 404 like any missing path', async () => {
    const response = await client(bed.server.baseUrl).call('GET', '/metrics');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('route_not_found');
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', `${TOKEN}x`],
    ['an empty token', ' '],
  ])('answers 401 with a bearer challenge to %s, and nothing else', async (_, token) => {
    const response = await scrape(token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe('metrics_token_invalid');
    expect(body.detail).toContain('ENLACE_METRICS_TOKEN');
    expect(JSON.stringify(body)).not.toContain('enlace_http');
  });

  it('counts and times requests by route pattern and status, never by URL or query', async () => {
    const caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
    const opened = await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    expect(opened.status).toBe(201);
    const missing = randomUUID();
    const api = client(withMetrics.baseUrl);
    api.setCookie(caseWorker.cookie());
    expect((await api.call('GET', `/api/v1/cases/${missing}?nombre=Hern%C3%A1ndez`)).status).toBe(404);
    expect((await api.call('GET', `/api/v1/cases/${opened.body.id}`)).status).toBe(200);

    const response = await scrape(TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(
      /^enlace_http_requests_total\{method="GET",route="\/api\/v1\/cases\/:caseId",status="404"\} 1$/m,
    );
    expect(text).toMatch(
      /^enlace_http_requests_total\{method="GET",route="\/api\/v1\/cases\/:caseId",status="200"\} 1$/m,
    );
    expect(text).toMatch(
      /^enlace_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/cases\/:caseId",status="200",le="\+Inf"\} 1$/m,
    );
    expect(text).toContain('# TYPE enlace_http_request_duration_seconds histogram');
    for (const secret of [missing, opened.body.id, 'Hern', 'nombre', TOKEN])
      expect(text).not.toContain(secret);
  });

  it('reports the database pools and how far the audit sealer lags', async () => {
    // The test app runs no sealer: the case opened above is still waiting to be chained.
    const text = await (await scrape(TOKEN)).text();
    expect(text).toMatch(/^enlace_db_pool_connections\{pool="app",state="total"\} [1-9]\d*$/m);
    expect(text).toMatch(/^enlace_db_pool_connections\{pool="owner",state="waiting"\} 0$/m);
    expect(Number(/^enlace_audit_unsealed_entries (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^enlace_audit_sealer_lag_seconds (\S+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
  });

  it('counts sweep rounds by outcome', async () => {
    const metrics = createMetrics();
    let rounds = 0;
    const sweep = startTransferSweep(
      bed.database.db,
      5,
      () => undefined,
      (outcome) => {
        rounds++;
        metrics.sweepRound('transfers', outcome);
      },
    );
    while (rounds < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await sweep.stop();
    const text = await metrics.render(bed.database);
    expect(text).toContain(`enlace_sweep_runs_total{sweep="transfers",outcome="succeeded"} ${rounds}`);
  });
});
