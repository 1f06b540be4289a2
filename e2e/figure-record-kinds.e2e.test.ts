import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { FigureTrace } from '../src/contracts/statistics-trace.ts';
import { createAccount, DEMO_PASSWORD, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const DEMO_COMMISSION = { username: 'demo.comision', password: DEMO_PASSWORD };
const VIEWPORT = { width: 1366, height: 900 };
/** The demo's synthetic records (FEVIMTRA, FGE-PUE, INM…) are of the current year. */
const YEAR = new Date().getUTCFullYear(); // the server dates the year in UTC

/**
 * The records behind figures that are not counts of case records: the convictions behind sentence
 * lengths, the cases behind the time to a jurisdiction decision and the activities behind prevention
 * figures, each with the columns its kind calls for.
 */
describe('the records behind distributions and prevention figures', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  const openPage = () =>
    chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
  const headersOf = (table: ReturnType<Page['getByRole']>) =>
    table.getByRole('columnheader').allTextContents();
  const traceOf = async (code: string) => {
    const response = await page.request.get(
      new URL(`/api/v1/statistics/annual/${YEAR}/indicators/${code}/records?limit=200`, baseUrl).href,
    );
    expect(response.status()).toBe(200);
    return (await response.json()) as FigureTrace;
  };

  /** A Puebla case worker records a nationwide campaign in Spanish and Náhuatl. */
  async function recordCampaign(peopleReached: number) {
    const worker = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.prevencion.${Date.now().toString(36)}`,
      displayName: 'Prevención de Puebla',
      agencyCode: 'FGE-PUE',
      roles: ['case_worker'],
    });
    page = await openPage();
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, worker);
    const recorded = await page.request.post(new URL('/api/v1/prevention-activities', baseUrl).href, {
      data: {
        activityType: 'awareness_campaign',
        heldOn: `${YEAR}-01-15`,
        stateCode: null,
        audience: 'general_public',
        languages: ['es', 'nahuatl'],
        peopleReached,
      },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
  }

  async function signInAsCommission() {
    page = await openPage();
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(DEMO_COMMISSION.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_COMMISSION.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  }

  const heading = (indicator: RegExp | string) =>
    page.getByRole('heading', { level: 1, name: indicator }).waitFor();

  test('lists prevention activities with what each reached', async () => {
    const reached = 4321;
    await recordCampaign(reached);
    await signInAsCommission();
    await page.goto(new URL(`/reports/figures/${YEAR}/prevention.people_reached/records`, baseUrl).href);
    await heading(/^Registros detrás de la cifra: .+, \d{4}$/);
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await headersOf(table)).toEqual([
      'Fecha de la actividad',
      'Institución',
      'Actividad',
      'Público',
      'Estado',
      'Idiomas',
      'Personas alcanzadas',
    ]);
    const row = table.getByRole('row').filter({ hasText: String(reached) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      `${YEAR}-01-15`,
      'FGE-PUE',
      'Campaña de sensibilización',
      'Público en general',
      'Nacional o en el extranjero',
      'Español, Náhuatl',
      String(reached),
    ]);
    await saveScreenshot(page, 'figure-records-prevention-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('shows a prevention recorder their own agency’s activities, in English', async () => {
    const reached = 2468;
    await recordCampaign(reached);
    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.goto(new URL(`/reports/figures/${YEAR}/prevention.people_reached/records`, baseUrl).href);
    await heading(/^Records behind the figure: .+, \d{4}$/);
    const table = page.getByRole('table');
    await table.waitFor();
    const rows = await table.getByRole('row').filter({ hasText: 'FGE-PUE' }).count();
    expect(await table.getByRole('row').count()).toBe(rows + 1);
    expect(
      await table
        .getByRole('row')
        .filter({ hasText: String(reached) })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual([
      `${YEAR}-01-15`,
      'FGE-PUE',
      'Awareness campaign',
      'General public',
      'Nationwide or abroad',
      'Spanish, Nahuatl',
      String(reached),
    ]);
    await saveScreenshot(page, 'figure-records-prevention-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('lists the convictions behind sentence lengths and the cases behind the time to jurisdiction', async () => {
    await signInAsCommission();
    const sentences = await traceOf('prosecution.sentence_length');
    expect(sentences.items.length).toBeGreaterThan(0);
    await page.goto(new URL(`/reports/figures/${YEAR}/prosecution.sentence_length/records`, baseUrl).href);
    await page.getByText(`La cifra cuenta ${sentences.traced} registros.`).waitFor();
    const terms = page.getByRole('table');
    expect(await headersOf(terms)).toEqual([
      'Caso',
      'Institución',
      'Fecha de la sentencia',
      'Pena de prisión (años)',
    ]);
    const conviction = sentences.items[0]!;
    expect(
      await terms
        .getByRole('row')
        .filter({ hasText: conviction.caseReference! })
        .first()
        .getByRole('cell')
        .allTextContents(),
    ).toEqual([
      conviction.caseReference,
      conviction.agencyCode,
      conviction.recordedOn,
      conviction.measure === null ? 'Pena sin registrar' : String(conviction.measure),
    ]);
    await saveScreenshot(page, 'figure-records-sentences-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const clock = await traceOf('prosecution.jurisdiction_decision_days');
    expect(clock.items.length).toBeGreaterThan(0);
    await page.goto(
      new URL(`/reports/figures/${YEAR}/prosecution.jurisdiction_decision_days/records`, baseUrl).href,
    );
    await page.getByText(`La cifra cuenta ${clock.traced} registros.`).waitFor();
    const cases = page.getByRole('table');
    expect(await headersOf(cases)).toEqual([
      'Caso',
      'Institución',
      'Apertura del caso',
      'Competencia',
      'Días hasta la decisión de competencia',
    ]);
    const decisionWords = {
      state: 'Fuero común (fiscalía del estado)',
      federal: 'Fuero federal',
      undetermined: 'Por determinar',
    };
    const opened = clock.items[0]!;
    expect(
      await cases
        .getByRole('row')
        .filter({ hasText: opened.caseReference! })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual([
      opened.caseReference,
      opened.agencyCode,
      opened.recordedOn,
      decisionWords[opened.jurisdiction!],
      opened.measure === null ? 'Aún sin decisión' : String(opened.measure),
    ]);
    await saveScreenshot(page, 'figure-records-jurisdiction-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
