import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { renderHtml } from '../src/modules/report/render-html.ts';
import { fixtureReport } from '../test/support/annual-figures.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const DEMO_COMMISSION = { username: 'demo.comision', password: 'Enlace-demo-2026!' };
const VIEWPORT = { width: 1366, height: 900 };

/**
 * The annual report page. The statistics engine that computes real figures is wired into the server
 * separately, so here the browser's request for the report is answered with the report composed from
 * the hand-built 2012 figures (test/support/annual-figures.ts) by the same code the API runs.
 */
describe('the annual report page', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function openReportAsCommission() {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.route('**/api/v1/reports/annual/*', async (route) => {
      const url = new URL(route.request().url());
      const language = url.searchParams.get('lang') === 'en' ? 'en' : 'es-MX';
      await route.fulfill({ json: fixtureReport(language) });
    });
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(DEMO_COMMISSION.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_COMMISSION.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    await page.getByRole('link', { name: 'Informe anual' }).click();
  }

  test('shows the report with its charts, map, scorecard and tracker, in Spanish and English', async () => {
    await openReportAsCommission();
    await page.getByRole('heading', { level: 2, name: 'México (Nivel 2, sugerido)' }).waitFor();
    for (const heading of [
      'Resumen',
      'Recomendaciones para México',
      'Persecución del delito',
      'Protección',
      'Prevención',
      'Evaluación',
    ])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await expect
      .poll(() => page.getByText('aumentó de 14 en 2011 a al menos 25 en 2012').first().isVisible())
      .toBe(true);
    await page.getByRole('img', { name: 'Condenas por forma de explotación' }).waitFor();
    await page.getByRole('img', { name: 'Condenas por entidad federativa, 2012' }).waitFor();
    const scorecard = page.getByRole('table', { name: 'Evaluación' });
    await scorecard.getByRole('cell', { name: 'Cumple en parte: Más condenas' }).waitFor();
    await page.getByText('Mejorar la recopilación de datos <sin marcas>').waitFor();
    expect(await page.getByRole('link', { name: 'Descargar PDF' }).getAttribute('href')).toMatch(
      /^\/api\/v1\/reports\/annual\/\d{4}\?format=pdf&lang=es-MX$/,
    );
    await saveScreenshot(page, 'annual-report-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mexico (Tier 2, suggested)' }).waitFor();
    await page.getByText('increased from 14 in 2011 to at least 25 in 2012').first().waitFor();
    await page.getByRole('img', { name: 'Convictions by state, 2012' }).waitFor();
    await saveScreenshot(page, 'annual-report-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('the HTML report stands alone: no script, no request, readable and accessible', async () => {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'en' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(renderHtml(fixtureReport('en')), { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Mexico (Tier 2, suggested)' }).waitFor();
    await page.getByRole('img', { name: 'Convictions by form of exploitation' }).waitFor();
    expect(requests.filter((url) => !url.startsWith('about:'))).toEqual([]);
    await saveScreenshot(page, 'annual-report-html-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
