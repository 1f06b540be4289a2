import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, createAccount, DEMO_PASSWORD } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const DEMO_COMMISSION = { username: 'demo.comision', password: DEMO_PASSWORD };
const VIEWPORT = { width: 1366, height: 900 };

/**
 * The commission tracks a new recommendation for Puebla's prosecutors, rewords it in both languages,
 * and is told, not overridden, when another reviewer changed it in the meantime.
 */
describe('the recommendations tracker', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;
  const suffix = Date.now().toString(36);
  const first = {
    es: `Capacitar a la policía de Puebla en la identificación de víctimas (${suffix})`,
    en: `Train Puebla's police to identify victims (${suffix})`,
  };
  const reworded = {
    es: `Capacitar a la policía y a la inspección del trabajo de Puebla en la identificación de víctimas (${suffix})`,
    en: `Train Puebla's police and labour inspectors to identify victims (${suffix})`,
  };

  async function openAssessment(account: Account = DEMO_COMMISSION) {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(account.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('link', { name: 'Evaluación' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluación del año' }).waitFor();
  }

  /** Another reviewer of the commission changes the due date through the API, as the web app would. */
  async function anotherReviewerMovesTheDueDate(text: string, dueOn: string) {
    const context = await chromium.browser().newContext();
    try {
      const url = (path: string) => new URL(path, baseUrl).href;
      expect((await context.request.post(url('/api/v1/session'), { data: DEMO_COMMISSION })).ok()).toBe(true);
      const list = await (await context.request.get(url('/api/v1/recommendations'))).json();
      const item = list.items.find((candidate: { textEs: string }) => candidate.textEs === text);
      const changed = await context.request.patch(url(`/api/v1/recommendations/${item.id}`), {
        data: { dueOn },
        headers: { 'if-match': `"${item.version}"` },
      });
      expect(changed.status(), await changed.text()).toBe(200);
      return item.id as string;
    } finally {
      await context.close();
    }
  }

  test('creates a recommendation, rewords it, and refuses a stale edit', async () => {
    await openAssessment();
    const form = page.getByRole('region', { name: 'Nueva recomendación' });
    await form.getByRole('textbox', { name: /^Redacción en español/ }).fill(first.es);
    await form.getByRole('textbox', { name: /^Redacción en inglés/ }).fill(first.en);
    const owner = form.getByRole('combobox', { name: /^Institución responsable/ });
    const puebla = await owner.locator('option', { hasText: /^FGE-PUE — / }).getAttribute('value');
    await owner.selectOption(puebla ?? '');
    await form.getByLabel(/^Fecha límite/).fill('2027-06-30');
    await form.getByRole('textbox', { name: 'Indicadores que la miden' }).fill('prevention.trainings');
    await form.getByRole('button', { name: 'Agregar recomendación' }).click();

    const created = page.getByRole('article', { name: first.es, exact: true });
    // The status shows as a badge and as the selected option of the form.
    await created.getByText('Sin iniciar', { exact: true }).first().waitFor();
    await created.getByText('FGE-PUE', { exact: true }).waitFor();
    // The form is emptied for the next one.
    await expect
      .poll(() => form.getByRole('textbox', { name: /^Redacción en español/ }).inputValue())
      .toBe('');
    const history = page.getByTestId('assessment-history');
    await history.getByText(`textEs: — → ${first.es}`, { exact: false }).waitFor();
    await saveScreenshot(page, 'recommendation-created-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await created.getByRole('textbox', { name: /^Redacción en español/ }).fill(reworded.es);
    await created.getByRole('textbox', { name: /^Redacción en inglés/ }).fill(reworded.en);
    await created.getByRole('button', { name: `Guardar recomendación: ${first.es}` }).click();
    const rewordedItem = page.getByRole('article', { name: reworded.es, exact: true });
    await rewordedItem.waitFor();
    expect(await page.getByRole('article', { name: first.es, exact: true }).count()).toBe(0);
    await history.getByText(`textEs: ${first.es} → ${reworded.es}`, { exact: false }).waitFor();
    await history.getByText(`textEn: ${first.en} → ${reworded.en}`, { exact: false }).waitFor();
    await saveScreenshot(page, 'recommendation-reworded-es');

    const id = await anotherReviewerMovesTheDueDate(reworded.es, '2027-09-30');
    await rewordedItem.getByLabel(/^Fecha límite/).fill('2027-12-31');
    await rewordedItem.getByRole('button', { name: `Guardar recomendación: ${reworded.es}` }).click();
    await rewordedItem.getByText('Otra persona lo modificó').waitFor();
    await rewordedItem.getByText(/usted tenía la versión 2; ahora está en la versión 3/).waitFor();
    await saveScreenshot(page, 'recommendation-stale-edit-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const stored = await page.request.get(new URL(`/api/v1/recommendations/${id}`, baseUrl).href);
    expect(await stored.json()).toMatchObject({ dueOn: '2027-09-30', version: 3, textEs: reworded.es });
  });

  test('offers neither creating nor rewording to a statistician outside the commission', async () => {
    const statistician = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.estadistica.recomendaciones.${suffix}`,
      displayName: 'Estadística del INM',
      agencyCode: 'INM',
      roles: ['statistician'],
    });
    await openAssessment(statistician);
    await page.getByRole('heading', { level: 2, name: 'Recomendaciones en seguimiento' }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('region', { name: 'Nueva recomendación' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /^Redacción en/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Guardar recomendación/ }).count()).toBe(0);
  });
});
