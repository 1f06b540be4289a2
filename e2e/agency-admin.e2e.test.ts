import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, createAccount, DEMO_PASSWORD } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

// Administrators and auditors see no identities, so all of these sign in with the password alone.
const DEMO_ADMIN = { username: 'demo.admin', password: DEMO_PASSWORD };
const DEMO_AUDITOR = { username: 'demo.auditor', password: DEMO_PASSWORD };

describe('agency administration', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function signInInSpanish({ username, password }: Account): Promise<void> {
    page = await chromium.open({ viewport: { width: 1366, height: 800 }, locale: 'es-MX' });
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(username);
    await page.getByLabel('Contraseña', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  async function choose(within: Locator, field: RegExp | string, option: string): Promise<void> {
    await within.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  const navigation = () => page.getByRole('navigation', { name: 'Navegación principal' });
  const table = () => page.getByRole('table', { name: 'Instituciones registradas' });
  const codesShown = () => table().getByRole('rowheader').allTextContents();

  test('demo.admin filters the institutions and registers one, told first what the form lacks', async () => {
    const code = `DIF-E2E-${randomBytes(3).toString('hex').toUpperCase()}`;
    await signInInSpanish(DEMO_ADMIN);
    await navigation().getByRole('link', { name: 'Instituciones', exact: true }).click();
    await page.getByRole('heading', { name: 'Instituciones', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/administration/agencies');
    await table().getByRole('rowheader', { name: 'FGE-PUE' }).waitFor();
    expect(await codesShown()).toEqual(expect.arrayContaining(['ENLACE', 'FEVIMTRA', 'CONSUL-HOU']));
    const houston = table()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'CONSUL-HOU' }) });
    for (const text of ['Consulado', 'Gobierno', 'En el extranjero', 'Estados Unidos', 'Activa']) {
      expect(await houston.textContent()).toContain(text);
    }
    await expectAccessible('admin-agencies-es-MX');

    const filters = page.getByRole('search', { name: 'Filtrar instituciones' });
    await choose(filters, 'Tipo de institución', 'Consulado');
    await expect.poll(codesShown).toEqual(['CONSUL-HOU']);
    await page.reload();
    await filters.getByRole('combobox', { name: 'Estado' }).fill('Pueb');
    await page.getByRole('option', { name: 'Puebla' }).click();
    // FGE-PUE is in the unfiltered list too: only its presence without Houston's consulate shows the filter.
    await expect
      .poll(async () => (await codesShown()).filter((code) => code === 'FGE-PUE' || code === 'CONSUL-HOU'))
      .toEqual(['FGE-PUE']);
    await page.reload();

    await page.getByRole('button', { name: 'Nueva institución' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva institución' });
    const codeField = dialog.getByRole('textbox', { name: /^Clave/ });
    await codeField.fill('dif tehuacán');
    await dialog.getByRole('textbox', { name: /^Nombre/ }).fill('Sistema DIF Municipal de Tehuacán');
    await choose(dialog, /^Tipo de institución/, 'DIF (asistencia social)');
    await choose(dialog, /^Sector/, 'Gobierno');
    await choose(dialog, /^Ámbito/, 'Municipal');
    await dialog.getByRole('button', { name: 'Registrar institución' }).click();
    await dialog.getByText('Escriba una clave de 2 a 32 caracteres', { exact: false }).waitFor();
    await dialog.getByText('Elija el estado.').waitFor();
    await dialog.getByText('Escriba el municipio.').waitFor();
    await expectAccessible('admin-create-agency-invalid-es-MX');

    await codeField.fill(code.toLowerCase());
    await choose(dialog, /^Estado/, 'Puebla');
    await dialog.getByRole('textbox', { name: /^Municipio/ }).fill('Tehuacán');
    await dialog.getByRole('button', { name: 'Registrar institución' }).click();
    await page.getByText(`Se registró la institución ${code}.`).waitFor();
    const row = table()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: code }) });
    await row.waitFor();
    const shown = await row.textContent();
    for (const text of ['DIF (asistencia social)', 'Municipal', 'Puebla, Tehuacán', 'Activa']) {
      expect(shown).toContain(text);
    }

    // The API's refusal of a code already taken shows beside the code.
    await page.getByRole('button', { name: 'Nueva institución' }).click();
    await codeField.fill(code);
    await dialog.getByRole('textbox', { name: /^Nombre/ }).fill('Otro DIF');
    await choose(dialog, /^Tipo de institución/, 'DIF (asistencia social)');
    await choose(dialog, /^Sector/, 'Gobierno');
    await choose(dialog, /^Ámbito/, 'Federal');
    await dialog.getByRole('button', { name: 'Registrar institución' }).click();
    await expect.poll(() => codeField.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain(`Ya existe una institución con la clave ${code}.`);
    await expectAccessible('admin-create-agency-taken-es-MX');
  });

  test('the entry is missing for anyone but the platform operator’s administrators', async () => {
    await signInInSpanish(DEMO_AUDITOR);
    await navigation().getByRole('link', { name: 'Auditoría', exact: true }).waitFor();
    expect(await navigation().getByRole('link', { name: 'Instituciones' }).count()).toBe(0);

    const migrationAdministrator = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.admin.inm.${randomBytes(3).toString('hex')}`,
      displayName: 'Administración del INM',
      agencyCode: 'INM',
      roles: ['administrator'],
    });
    await chromium.context().close();
    await signInInSpanish(migrationAdministrator);
    await navigation().getByRole('link', { name: 'Usuarios', exact: true }).waitFor();
    expect(await navigation().getByRole('link', { name: 'Instituciones' }).count()).toBe(0);
    await page.goto(`${baseUrl}/administration/agencies`);
    await page.getByRole('heading', { name: 'Página no encontrada', level: 1 }).waitFor();
  });
});
