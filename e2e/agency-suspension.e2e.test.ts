import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Account, createAccount, DEMO_PASSWORD } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { startOwnServer } from './support/own-server.ts';

/**
 * A platform administrator suspends INM: its auditor is signed out at their next action and cannot sign
 * in; a second administrator working from an older list is told someone acted first; reinstating INM
 * lets the auditor back in. On a server of its own, so no other browser test meets a suspended INM.
 */
describe('suspending and reinstating an institution', () => {
  const chromium = chromiumForFile();
  let server: Awaited<ReturnType<typeof startOwnServer>>;
  beforeAll(async () => {
    server = await startOwnServer();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  async function signedInPage({ username, password }: Account): Promise<Page> {
    const context = await chromium
      .browser()
      .newContext({ viewport: { width: 1366, height: 800 }, locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await signIn(page, { username, password });
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    return page;
  }

  async function signIn(page: Page, { username, password }: Account): Promise<void> {
    await page.getByLabel('Usuario', { exact: true }).fill(username);
    await page.getByLabel('Contraseña', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
  }

  async function openInstitutions(page: Page) {
    await page.goto(`${server.baseUrl}/administration/agencies`);
    const table = page.getByRole('table', { name: 'Instituciones registradas' });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'INM', exact: true }) });
    await row.waitFor();
    return row;
  }

  async function changeStatus(
    page: Page,
    button: string,
    dialogTitle: string,
    reason: string,
    submit: string,
  ) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: dialogTitle });
    await dialog.getByRole('textbox', { name: /^Motivo/ }).fill(reason);
    await dialog.getByRole('button', { name: submit }).click();
    return dialog;
  }

  test('the auditor of a suspended INM is signed out, cannot sign in, and is let back in on reinstatement', async () => {
    const auditor = await createAccount(chromium.browser(), server.baseUrl, {
      username: `e2e.auditor.inm.${randomBytes(3).toString('hex')}`,
      displayName: 'Auditoría del INM',
      agencyCode: 'INM',
      roles: ['auditor'],
    });
    const demoAdmin = { username: 'demo.admin', password: DEMO_PASSWORD };
    const auditorPage = await signedInPage(auditor);
    const administrator = await signedInPage(demoAdmin);
    const colleague = await signedInPage(demoAdmin);
    await openInstitutions(colleague);

    const row = await openInstitutions(administrator);
    expect(await row.textContent()).toContain('Activa');
    await changeStatus(
      administrator,
      'Suspender la institución INM',
      'Suspender la institución INM',
      'Oficio de la Fiscalía: investigación por complicidad de funcionarios',
      'Suspender y cerrar sesiones',
    );
    await administrator.getByText('Se suspendió la institución INM', { exact: false }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Suspendida');
    await saveScreenshot(administrator, 'agency-suspended-es-MX');
    expect(await findAccessibilityViolations(administrator)).toEqual([]);

    // The colleague's list still says INM is active: their suspension meets the newer version.
    const stale = await changeStatus(
      colleague,
      'Suspender la institución INM',
      'Suspender la institución INM',
      'Segunda solicitud de suspensión del mismo oficio',
      'Suspender y cerrar sesiones',
    );
    await stale.getByText('Otra persona lo modificó').waitFor();
    await saveScreenshot(colleague, 'agency-suspension-conflict-es-MX');
    expect(await findAccessibilityViolations(colleague)).toEqual([]);

    // The auditor's next action finds the session ended, and signing in again is refused with the cause.
    await auditorPage
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Auditoría', exact: true })
      .click();
    await auditorPage.getByText('Su sesión terminó. Inicie sesión de nuevo para continuar.').waitFor();
    await signIn(auditorPage, auditor);
    await auditorPage
      .getByText('El acceso de su institución a Enlace está suspendido', { exact: false })
      .waitFor();
    await saveScreenshot(auditorPage, 'agency-suspended-sign-in-es-MX');
    expect(await findAccessibilityViolations(auditorPage)).toEqual([]);

    await changeStatus(
      administrator,
      'Restablecer el acceso de la institución INM',
      'Restablecer la institución INM',
      'Concluyó la investigación sin responsabilidad del personal',
      'Restablecer acceso',
    );
    await administrator.getByText('Se restableció la institución INM', { exact: false }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Activa');

    await signIn(auditorPage, auditor);
    await auditorPage.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    for (const page of [auditorPage, administrator, colleague]) await page.context().close();
  });
});
