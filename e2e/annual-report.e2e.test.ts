import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { IndicatorFigure } from '../src/contracts/statistics.ts';
import { renderHtml } from '../src/modules/report/render-html.ts';
import { fixtureReport } from '../test/support/annual-figures.ts';
import { createAccount, DEMO_PASSWORD, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const DEMO_COMMISSION = { username: 'demo.comision', password: DEMO_PASSWORD };
const VIEWPORT = { width: 1366, height: 900 };
/** The demo's synthetic records (FEVIMTRA, FGE-PUE, INM…) are of the current year. */
const YEAR = new Date().getUTCFullYear(); // the server dates the year in UTC

/**
 * The annual report, the year's figures, the records behind a figure and the assessment editor, all
 * computed by the real statistics engine from the demo's seeded records.
 */
describe('the annual report pages', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function signIn(account: { username: string; password: string }) {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(account.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  }

  const api = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(new URL(path, baseUrl).href, {
      headers: { 'accept-language': 'es-MX' },
    });
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };

  test('shows the report, the figures and the records behind one, computed from the records', async () => {
    await signIn(DEMO_COMMISSION);
    const figures = (await api<{ indicators: IndicatorFigure[] }>(`/api/v1/statistics/annual/${YEAR}`))
      .indicators;
    const investigations = figures.find((figure) => figure.code === 'prosecution.investigations')!;
    expect(investigations.value).toBeGreaterThan(0);
    const catalogue = await api<{ items: Array<{ code: string; name: string }> }>(
      '/api/v1/statistics/indicators',
    );
    const name = catalogue.items.find((item) => item.code === 'prosecution.investigations')!.name;

    await page.getByRole('link', { name: 'Informe anual' }).click();
    await page.getByLabel('Año', { exact: true }).selectOption(String(YEAR));
    await page.getByRole('heading', { level: 2, name: /^México \(Nivel/ }).waitFor();
    for (const heading of ['Resumen', 'Persecución del delito', 'Protección', 'Prevención', 'Evaluación'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    const annex = page.getByRole('table', { name: 'Anexo: cifras y su procedencia' });
    await annex
      .getByRole('link', { name: `Ver registros de ${name} (prosecution.investigations)`, exact: true })
      .waitFor();
    await saveScreenshot(page, 'annual-report-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Cifras del año' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Cifras del año' }).waitFor();
    await page.getByLabel('Año', { exact: true }).selectOption(String(YEAR));
    await page.getByText('Procuración de justicia', { exact: true }).first().click();
    const card = page.getByRole('article', { name, exact: true });
    await expect
      .poll(() => card.getByTestId('figure-value').textContent())
      .toMatch(new RegExp(`(^|\\D)${investigations.value}(\\D|$)`)); // 5 must not match 15
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Protección' }).count()).toBe(0);
    await card
      .getByText(investigations.provenance.agencies[0]!.agencyName, { exact: false })
      .first()
      .waitFor();
    await saveScreenshot(page, 'figures-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await card.getByRole('link', { name: `Ver registros de ${name}`, exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: `Registros detrás de la cifra: ${name}, ${YEAR}` })
      .waitFor();
    await page.getByText(`La cifra cuenta ${investigations.value} registros.`).waitFor();
    const rows = page.getByRole('table', { name }).getByRole('row');
    await expect.poll(() => rows.count()).toBe((investigations.value ?? 0) + 1);
    // A statistician sees references, and opens no case.
    expect(await page.getByRole('table', { name }).getByRole('link').count()).toBe(0);
    await saveScreenshot(page, 'figure-records-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('lets a commission reviewer record judgements with reasons and the tier, and keeps the history', async () => {
    await signIn(DEMO_COMMISSION);
    await page.getByRole('link', { name: 'Evaluación' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluación del año' }).waitFor();
    await page.getByLabel('Año', { exact: true }).selectOption(String(YEAR));
    await page.getByTestId('assessed-tier').getByText('Aún no se registra un nivel para este año.').waitFor();
    await page.getByLabel('Nivel', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Registrar nivel' }).click();
    await page.getByText('Nivel registrado: Nivel 2.').waitFor();

    const criterion = page.getByRole('article', { name: 'Investiga, procesa y condena con datos' });
    await criterion.getByLabel('Dictamen', { exact: true }).selectOption('partly_met');
    await criterion
      .getByRole('textbox', { name: /^Razón/ })
      .fill('Las investigaciones aumentaron, pocas condenas');
    await criterion.getByRole('button', { name: /^Guardar dictamen/ }).click();
    await criterion.getByText(/^Cumple en parte — /).waitFor();
    const history = page.getByTestId('assessment-history');
    await history.getByText('Razón: Las investigaciones aumentaron, pocas condenas').waitFor();
    await history.getByText('rating: — → partly_met', { exact: false }).waitFor();
    await saveScreenshot(page, 'assessment-editor-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('offers releases only to those who may act on them, and shows a prosecutor only their records', async () => {
    const suffix = Date.now().toString(36);
    const outsideStatistician = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.estadistica.${suffix}`,
      displayName: 'Estadística de FEVIMTRA',
      agencyCode: 'FEVIMTRA',
      roles: ['statistician'],
    });
    await signIn(DEMO_COMMISSION);
    await page.getByRole('link', { name: 'Publicación de estadísticas' }).waitFor();
    await signIn(outsideStatistician);
    await page.getByRole('link', { name: 'Informe anual' }).waitFor();
    expect(await page.getByRole('link', { name: 'Publicación de estadísticas' }).count()).toBe(0);

    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.fiscal.cifras.${suffix}`,
      displayName: 'Fiscal de Puebla',
      agencyCode: 'FGE-PUE',
      roles: ['prosecutor'],
    });
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    expect(await page.getByRole('link', { name: 'Publicación de estadísticas' }).count()).toBe(0);
    await page.goto(new URL(`/reports/figures/${YEAR}/prosecution.investigations/records`, baseUrl).href);
    await page.getByRole('heading', { level: 1, name: /^Registros detrás de la cifra/ }).waitFor();
    await page
      .getByTestId('hidden-records')
      .getByText(/^Y \d+ registros más que no está autorizado a ver\.$/)
      .waitFor();
    const caseLink = page.getByRole('table').getByRole('link').first();
    await caseLink.waitFor();
    await saveScreenshot(page, 'figure-records-prosecutor-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const reference = (await caseLink.textContent()) ?? '';
    await caseLink.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByText(reference).first().waitFor();
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
