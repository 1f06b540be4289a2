import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { startPublicationServer } from './support/publication-server.ts';

const VIEWPORT = { width: 1366, height: 900 };
const CODES = [
  'prosecution.investigations',
  'prosecution.convictions',
  'prosecution.sentence_length',
  'protection.foreign_survivors',
  'protection.repatriations',
];

describe('the public statistics page', () => {
  const chromium = chromiumForFile();
  let server: Awaited<ReturnType<typeof startPublicationServer>>;
  let page: Page;

  /** demo.comision, the commission's statistician, approves 2012 and withdraws a release of 2011. */
  async function approveReleases(): Promise<void> {
    const context = await chromium.browser().newContext();
    try {
      const api = (path: string, data: unknown) =>
        context.request.post(new URL(path, server.baseUrl).href, { data });
      expect(
        (await api('/api/v1/session', { username: 'demo.comision', password: DEMO_PASSWORD })).ok(),
      ).toBe(true);
      const released = await api('/api/v1/statistics/releases', { year: 2012, indicatorCodes: CODES });
      expect(released.status(), await released.text()).toBe(201);
      const older = await api('/api/v1/statistics/releases', { year: 2011, indicatorCodes: CODES });
      const withdrawal = await api(
        `/api/v1/statistics/releases/${(await older.json()).releaseId}/withdrawal`,
        {
          reason: 'Publicada por error antes de la revisión de la comisión.',
        },
      );
      expect(withdrawal.status()).toBe(200);
    } finally {
      await context.close();
    }
  }

  beforeAll(async () => {
    server = await startPublicationServer();
    await approveReleases();
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  test('anyone reads the released figures without signing in, in Spanish and English', async () => {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(new URL('/sign-in', server.baseUrl).href);
    await page.getByRole('link', { name: 'Estadísticas públicas sobre trata de personas' }).click();
    await page
      .getByRole('heading', { name: 'Estadísticas públicas sobre trata de personas', level: 1 })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/public/statistics');
    await page.getByRole('heading', { name: 'Estadísticas de 2012', level: 2 }).waitFor();
    // The withdrawn release of 2011 is offered nowhere.
    const years = page.getByRole('navigation', { name: 'Años publicados' });
    expect(await years.getByRole('link').allTextContents()).toEqual(['2012']);

    const convictions = page.getByRole('article', { name: 'prosecution.convictions' });
    await expect(convictions.getByTestId('indicator-value').textContent()).resolves.toContain('al menos 25');
    const states = convictions.getByRole('table', { name: 'Entidad federativa' });
    expect(await states.getByRole('row').allTextContents()).toEqual([
      'CategoríaValor',
      'CMX12',
      'PUEReservado',
      'CHPReservado',
      'OAXReservado',
    ]);
    const repatriations = page.getByRole('article', { name: 'protection.repatriations' });
    await expect(repatriations.getByTestId('indicator-value').textContent()).resolves.toContain('Reservado');
    await expect(page.getByRole('link', { name: 'Descargar CSV' }).getAttribute('href')).resolves.toBe(
      '/api/v1/public/statistics/2012/open-data.csv',
    );
    const csv = await page.request.get(
      new URL('/api/v1/public/statistics/2012/open-data.csv', server.baseUrl).href,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('protection.repatriations,protection,count,total,,total,,suppressed');
    await saveScreenshot(page, 'public-statistics-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Public statistics on human trafficking', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Statistics for 2012', level: 2 }).waitFor();
    await expect(
      page
        .getByRole('article', { name: 'protection.repatriations' })
        .getByTestId('indicator-value')
        .textContent(),
    ).resolves.toContain('Withheld');
    await saveScreenshot(page, 'public-statistics-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    // Nobody was asked to sign in, and no session cookie was ever set.
    expect(await chromium.context().cookies()).toEqual([]);
  });

  test('a year with no release in force says so', async () => {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(new URL('/public/statistics/2011', server.baseUrl).href);
    await page
      .getByRole('alert')
      .getByText('No hay estadísticas publicadas de 2011.', { exact: false })
      .waitFor();
  });

  test('the commission approves a release in the web app and withdraws it with a reason', async () => {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(new URL('/sign-in', server.baseUrl).href);
    await page.getByLabel('Usuario', { exact: true }).fill('demo.comision');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    const navigation = page.getByRole('navigation', { name: 'Navegación principal' });
    await navigation.getByRole('link', { name: 'Publicación de estadísticas' }).click();
    await page.getByRole('heading', { name: 'Publicación de estadísticas', level: 1 }).waitFor();

    await page.getByRole('textbox', { name: 'Año' }).fill('2010');
    const codes = page.locator('input').and(page.getByLabel('Códigos de los indicadores'));
    for (const code of ['prosecution.convictions', 'prevention.unicorns']) {
      await codes.fill(code);
      await codes.press('Enter');
    }
    await page.getByRole('button', { name: 'Aprobar y publicar' }).click();
    await page.getByRole('alert').getByText('prevention.unicorns', { exact: false }).waitFor();

    // The unknown code was the last one added: Backspace in the field takes it away.
    await codes.press('Backspace');
    await page.getByRole('button', { name: 'Aprobar y publicar' }).click();
    const row = page.getByRole('row').filter({ hasText: '2010' });
    await row.getByText('Vigente').waitFor();
    await saveScreenshot(page, 'statistics-releases-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Retirar la publicación de 2010' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirar la publicación de 2010' });
    await dialog.getByLabel('Motivo del retiro').fill('Cifras aprobadas antes de la revisión final.');
    await dialog.getByRole('button', { name: 'Retirar', exact: true }).click();
    await row.getByText('Retirada').waitFor();
    await row.getByText('Cifras aprobadas antes de la revisión final.').waitFor();
    const publicYear = await page.request.get(new URL('/api/v1/public/statistics/2010', server.baseUrl).href);
    expect(publicYear.status()).toBe(404);
  });
});
