import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { runCli } from '../test/support/cli.ts';
import { accountMaker, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { prosecutorRecords } from './support/survivors.ts';

const VIEWPORT = { width: 1366, height: 900 };
const suffix = randomBytes(3).toString('hex');

describe('taking a record out of its person', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  const chromium = chromiumForFile();
  let page: Page;

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a supervisor opens a person, takes one record out with a reason, and puts it back', async () => {
    const browser = chromium.browser();
    const account = accountMaker(browser, baseUrl, suffix);
    // One synthetic survivor recorded in full by four cases; INM's case stays out of the supervisor's reach.
    const identity = {
      givenNames: 'Yesenia Itzayana',
      firstSurname: 'Chablé',
      secondSurname: 'Poot',
      birthDate: '1997-02-09',
    };
    const fevimtra = await account('e2e.separa.fevimtra', 'FEVIMTRA', ['prosecutor']);
    const pueblaOne = await account('e2e.separa.puebla1', 'FGE-PUE', ['prosecutor']);
    const pueblaTwo = await account('e2e.separa.puebla2', 'FGE-PUE', ['prosecutor']);
    const inm = await account('e2e.separa.inm', 'INM', ['prosecutor']);
    const supervisor = await account('e2e.separa.supervisa', 'FGE-PUE', ['supervisor']);
    const federalCase = await prosecutorRecords(browser, baseUrl, fevimtra, identity, 'FGE-PUE');
    const firstState = await prosecutorRecords(browser, baseUrl, pueblaOne, identity);
    const secondState = await prosecutorRecords(browser, baseUrl, pueblaTwo, identity);
    const migrationCase = await prosecutorRecords(browser, baseUrl, inm, identity);
    const refresh = await runCli(['link', 'refresh'], {
      env: { ENLACE_DATA_DIR: dataDir, ENLACE_LANG: 'es-MX' },
    });
    expect(refresh.code).toBe(0);

    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, supervisor);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Vinculación de registros' })
      .click();
    await page.getByRole('heading', { name: 'Misma persona entre instituciones', level: 1 }).waitFor();
    await page
      .locator('label')
      .filter({ hasText: /^Vinculados automáticamente$/ })
      .click();
    await page
      .getByRole('table', { name: 'Pares vinculados automáticamente' })
      .getByRole('link', { name: new RegExp(`^Revisar .*${federalCase}`) })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Revisar un par de registros', level: 1 }).waitFor();
    await page.getByRole('link', { name: `Ver la persona de ${federalCase}` }).click();

    await page.getByRole('heading', { name: 'Una persona en varios registros', level: 1 }).waitFor();
    const records = page.getByRole('table', { name: 'Registros de esta persona (3)' });
    await records.waitFor();
    const recordsText = (await records.textContent()) ?? '';
    for (const reference of [federalCase, firstState, secondState]) expect(recordsText).toContain(reference);
    expect(recordsText).toContain('FEVIMTRA');
    expect(recordsText).not.toContain(migrationCase);
    const pageText = (await page.getByRole('main').textContent()) ?? '';
    expect(pageText).not.toContain('Chablé');
    expect(pageText).not.toContain('INM');
    await page.getByRole('table', { name: 'Evidencia entre los registros' }).waitFor();
    await expectAccessible('linkage-person-es-MX');

    await page.getByRole('button', { name: `Separar ${federalCase} de esta persona` }).click();
    const detachDialog = page.getByRole('dialog', { name: `Separar ${federalCase} de esta persona` });
    const detachConfirm = detachDialog.getByRole('button', { name: 'Separar el registro' });
    expect(await detachConfirm.isDisabled()).toBe(true);
    await detachDialog
      .getByLabel(/¿Por qué este registro es otra persona\?/)
      .fill('El expediente federal corresponde a una hermana con los mismos apellidos');
    await expectAccessible('linkage-detach-dialog-es-MX');
    await detachConfirm.click();
    await detachDialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Registros de esta persona (2)' }).waitFor();
    const taken = page.getByRole('region', { name: 'Registros separados' });
    expect(await taken.textContent()).toContain(federalCase);
    expect(await taken.textContent()).toContain('una hermana con los mismos apellidos');
    await expectAccessible('linkage-person-detached-es-MX');

    await taken.getByRole('button', { name: `Reintegrar ${federalCase}` }).click();
    const undoDialog = page.getByRole('dialog', { name: `Reintegrar ${federalCase}` });
    await undoDialog
      .getByLabel(/¿Por qué sí es la misma persona\?/)
      .fill('La institución federal confirmó que es la misma víctima');
    await undoDialog.getByRole('button', { name: 'Reintegrar el registro' }).click();
    await undoDialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Registros de esta persona (3)' }).waitFor();
    expect(await page.getByRole('region', { name: 'Registros separados' }).count()).toBe(0);

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'One person across records', level: 1 }).waitFor();
    await page.getByRole('button', { name: `Take ${federalCase} out of this person` }).waitFor();
    await expectAccessible('linkage-person-en');
  });
});
