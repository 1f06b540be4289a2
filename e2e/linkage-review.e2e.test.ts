import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { runCli } from '../test/support/cli.ts';
import { accountMaker, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { prosecutorRecords } from './support/survivors.ts';

const VIEWPORT = { width: 1366, height: 900 };
const suffix = randomBytes(3).toString('hex');

describe('the record-linkage review queue', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  const chromium = chromiumForFile();
  let page: Page;

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a pair from two agencies reviewed as the same person becomes one person, then is unmerged', async () => {
    const browser = chromium.browser();
    const account = accountMaker(browser, baseUrl, suffix);
    const fevimtra = await account('e2e.vinc.fevimtra', 'FEVIMTRA', ['prosecutor']);
    const puebla = await account('e2e.vinc.puebla', 'FGE-PUE', ['prosecutor']);
    const supervisor = await account('e2e.vinc.supervisa', 'FGE-PUE', ['supervisor']);
    // Synthetic survivor: the second agency did not record her maternal surname or birth date.
    const given = `Rosaura Itzel`;
    const federalCase = await prosecutorRecords(
      browser,
      baseUrl,
      fevimtra,
      { givenNames: given, firstSurname: 'Quintal', secondSurname: 'Canché', birthDate: '1999-07-14' },
      'FGE-PUE',
    );
    const stateCase = await prosecutorRecords(browser, baseUrl, puebla, {
      givenNames: given,
      firstSurname: 'Quintal',
    });

    const refresh = await runCli(['link', 'refresh'], {
      env: { ENLACE_DATA_DIR: dataDir, ENLACE_LANG: 'es-MX' },
    });
    expect(refresh.code).toBe(0);
    expect(refresh.stdout).toMatch(/registros vinculados frente a \d+ más/);

    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, supervisor);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Vinculación de registros' })
      .click();
    await page.getByRole('heading', { name: 'Misma persona entre instituciones', level: 1 }).waitFor();
    const review = page.getByRole('link', {
      name: new RegExp(`^Revisar (${federalCase} y ${stateCase}|${stateCase} y ${federalCase})$`),
    });
    await review.waitFor();
    await expectAccessible('linkage-queue-es-MX');

    await review.click();
    await page.getByRole('heading', { name: 'Revisar un par de registros', level: 1 }).waitFor();
    const evidence = page.getByRole('table', { name: 'Evidencia por campo' });
    const row = (field: string) =>
      evidence.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
    expect(await row('Nombres').textContent()).toContain('Idéntico');
    expect(await row('Segundo apellido').textContent()).toContain('Falta en un registro');
    expect(await row('Fecha de nacimiento').textContent()).toContain('Falta en un registro');
    expect(await row('Peso de coincidencia (bits)').textContent()).toContain('−');
    const pageText = (await page.getByRole('main').textContent()) ?? '';
    expect(pageText).toContain('FEVIMTRA');
    expect(pageText).toContain('FGE-PUE');
    expect(pageText).not.toContain('Quintal');
    const status = page.getByRole('status').filter({ hasText: /cuentan como/ });
    expect(await status.textContent()).toContain('cuentan como personas distintas');
    await expectAccessible('linkage-pair-es-MX');

    await page.getByRole('button', { name: 'Misma persona' }).click();
    await status.getByText('Los dos registros cuentan como una sola persona.').waitFor();
    expect(await status.textContent()).toContain('decidió que son la misma persona');

    await page.getByRole('button', { name: 'Separar (deshacer vínculo)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Separar dos registros' });
    const confirm = dialog.getByRole('button', { name: 'Separar los registros' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog
      .getByLabel(/¿Por qué son personas distintas\?/)
      .fill('El expediente físico indica otra fecha de nacimiento');
    await expectAccessible('linkage-unmerge-es-MX');
    await confirm.click();
    await dialog.waitFor({ state: 'hidden' });
    await status.getByText('Los dos registros cuentan como personas distintas.').waitFor();
    expect(await status.textContent()).toContain('decidió que son personas distintas');

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Review a pair of records', level: 1 }).waitFor();
    await page.getByText('The two records count as different people.').waitFor();
    await expectAccessible('linkage-pair-en');
    await page.getByRole('link', { name: 'Back to the review queue' }).click();
    await page.getByRole('heading', { name: 'Same person across agencies', level: 1 }).waitFor();
    await page
      .locator('label')
      .filter({ hasText: /^Decided$/ })
      .click();
    await page
      .getByRole('table', { name: 'Decided pairs, newest first' })
      .getByText('Different people')
      .waitFor();
  });
});
