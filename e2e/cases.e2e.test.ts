import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { codeFor, createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 800 };
// Fresh accounts, so that this file does not depend on (or spend) the demo accounts' first sign-in.
// The prosecutor works at UEITMPO, which has no demo cases and which no other browser test opens cases in,
// so its case list starts empty.
const suffix = randomBytes(3).toString('hex');

describe('working a case', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;
  let caseAddress = '';

  async function openBrowser(): Promise<void> {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a prosecutor opens a case, adds a survivor with identity, reveals it with a reason and shares the case', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.fiscal.${suffix}`,
      displayName: 'Fiscal de prueba',
      agencyCode: 'UEITMPO',
      roles: ['prosecutor'],
    });
    await openBrowser();
    const secret = await signInAndEnrolInSpanish(page, prosecutor);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos' })
      .click();
    await page.getByRole('heading', { name: 'Casos', level: 1 }).waitFor();
    await page.getByText('Sin casos').waitFor();
    await expectAccessible('cases-empty-es-MX');

    await page.getByRole('button', { name: 'Abrir caso' }).click();
    const openDialog = page.getByRole('dialog', { name: 'Abrir un caso' });
    await openDialog.getByRole('combobox', { name: 'Estado (entidad federativa)' }).fill('Pueb');
    await page.getByRole('option', { name: 'Puebla' }).click();
    await openDialog.getByLabel('Municipio', { exact: true }).fill('Tehuacán');
    await expectAccessible('cases-open-es-MX');
    await openDialog.getByRole('button', { name: 'Abrir caso' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^ENL-\d{4}-[0-9A-F]{10}$/ });
    await heading.waitFor();
    caseAddress = page.url();
    const summary = page.getByRole('region', { name: 'Resumen del caso' });
    expect(await summary.textContent()).toContain('Puebla, Tehuacán');
    expect(await summary.textContent()).toContain('Institución responsable');
    expect(await summary.textContent()).toContain('Compartir');
    await page.getByText('Este caso todavía no tiene personas registradas.').waitFor();

    await page.getByRole('button', { name: 'Agregar persona' }).click();
    const addDialog = page.getByRole('dialog', { name: 'Agregar una persona al caso' });
    await addDialog.getByRole('combobox', { name: 'Sexo' }).click();
    await page.getByRole('option', { name: 'Mujer' }).click();
    await addDialog.getByLabel('Año de nacimiento', { exact: true }).fill('1999');
    await addDialog.getByLabel('Nacionalidad (clave de país de dos letras)', { exact: true }).fill('mx');
    await addDialog.getByLabel('Refugio', { exact: true }).check();
    await addDialog.getByLabel('Nombre(s)', { exact: true }).fill('Rosa Elena');
    await addDialog.getByLabel('Primer apellido', { exact: true }).fill('Martínez');
    await addDialog.getByLabel('Teléfono', { exact: true }).fill('+52 222 555 0101');
    await expectAccessible('cases-add-person-es-MX');
    await addDialog.getByRole('button', { name: 'Agregar persona' }).click();
    await addDialog.waitFor({ state: 'hidden' });
    const people = page.getByRole('table', { name: /^Personas registradas en el caso/ });
    await people.getByRole('cell', { name: 'Víctima / persona sobreviviente' }).waitFor();
    // The list carries no identity: only that one exists.
    expect(await page.locator('main').textContent()).not.toContain('Rosa Elena');
    await expectAccessible('case-workspace-es-MX');

    // The first reveal is told the sign-in is too old, as after 15 minutes: the reader confirms with a code.
    await page.route(
      '**/reveal',
      (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          json: {
            type: 'about:blank',
            title: 'Confirme su identidad',
            status: 403,
            detail: 'x',
            code: 'reauthentication_required',
          },
        }),
      { times: 1 },
    );
    await people.getByRole('button', { name: 'Ver identidad de la persona 1' }).click();
    const revealDialog = page.getByRole('dialog', { name: 'Ver la identidad de una persona' });
    const reason = revealDialog.getByLabel(/^Motivo de la consulta/);
    await reason.fill('corto');
    await revealDialog.getByRole('button', { name: 'Ver identidad' }).click();
    await revealDialog.getByText('Escriba un motivo de al menos 10 caracteres.').waitFor();
    await reason.fill('Preparar la entrevista con la víctima en la fiscalía');
    await revealDialog.getByRole('button', { name: 'Ver identidad' }).click();
    const reauthentication = page.getByRole('dialog', { name: 'Confirme su identidad' });
    await reauthentication
      .getByLabel('Código de verificación', { exact: true })
      .fill(await codeFor(secret, 1));
    await reauthentication.getByRole('button', { name: 'Confirmar' }).click();
    const panel = page.getByRole('region', { name: 'Identidad de la persona 1' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Rosa Elena');
    expect(await panel.textContent()).toContain('+52 222 555 0101');
    // Nothing revealed is kept in the browser's storage.
    expect(JSON.stringify((await chromium.context().storageState()).origins)).not.toContain('Rosa');
    await expectAccessible('case-identity-revealed-es-MX');
    await panel.getByRole('button', { name: 'Ocultar identidad' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.locator('main').textContent()).not.toContain('Rosa Elena');

    await page.getByRole('button', { name: 'Compartir caso' }).click();
    const shareDialog = page.getByRole('dialog', { name: 'Compartir el caso con otra institución' });
    await shareDialog.getByRole('combobox', { name: 'Institución' }).click();
    await page.getByRole('option', { name: /\(FGE-PUE\)$/ }).click();
    await shareDialog.getByLabel(/^Motivo/).fill('Coordinar la investigación con la fiscalía de Puebla');
    await expectAccessible('case-share-es-MX');
    await shareDialog.getByRole('button', { name: 'Compartir', exact: true }).click();
    await page.getByText('El caso se compartió con FGE-PUE.').waitFor();
  });

  test('a supervisor outside the case opens break-glass access with a reason and sees the banner', async () => {
    expect(caseAddress).not.toBe('');
    const supervisor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.supervision.${suffix}`,
      displayName: 'Supervisión de prueba',
      agencyCode: 'CIT',
      roles: ['supervisor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, supervisor);
    await page.goto(caseAddress);
    await page.getByRole('heading', { name: 'Caso no disponible', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Acceso de emergencia' }).click();
    const dialog = page.getByRole('dialog', { name: 'Acceso de emergencia' });
    await dialog.getByLabel(/^Motivo de la emergencia/).fill('Riesgo inminente para la víctima');
    await expectAccessible('case-break-glass-dialog-es-MX');
    await dialog.getByRole('button', { name: 'Abrir acceso de emergencia' }).click();
    await page.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();
    await page.getByText(/^Acceso de emergencia hasta las \d{1,2}:\d{2}/).waitFor();
    expect(await page.getByRole('button', { name: 'Compartir caso' }).count()).toBe(0);
    await expectAccessible('case-break-glass-es-MX');
  });
});
