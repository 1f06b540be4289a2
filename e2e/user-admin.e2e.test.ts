import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEMO_PASSWORD } from './support/accounts.ts';
import { findAccessibilityViolations, launchChromium, saveScreenshot } from './support/browser.ts';

describe('user administration', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'es-MX' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('demo.admin creates a user and changes their roles, warned that this ends their sessions', async () => {
    const username = `e2e.usuario.${randomBytes(3).toString('hex')}`;
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill('demo.admin');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Usuarios' })
      .click();
    await page.getByRole('heading', { name: 'Usuarios', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Cuentas de usuario' });
    await table.getByRole('rowheader', { name: 'demo.fiscal' }).waitFor();
    await expectAccessible('admin-users-es-MX');

    await page.getByRole('button', { name: 'Crear usuario' }).click();
    const create = page.getByRole('dialog', { name: 'Crear usuario' });
    await create.getByRole('textbox', { name: /^Usuario/ }).fill(username);
    await create.getByRole('textbox', { name: /^Nombre completo/ }).fill('Persona de prueba');
    await create.getByLabel(/^Contraseña inicial/).fill('Una-contraseña-larga-1');
    await create.getByLabel('Clave de la institución', { exact: true }).fill('INM');
    await create.getByLabel('Primer contacto', { exact: true }).check();
    await expectAccessible('admin-create-user-es-MX');
    await create.getByRole('button', { name: 'Crear usuario' }).click();
    await page.getByText(`Se creó la cuenta ${username}.`).waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: username }) });
    expect(await row.textContent()).toContain('Primer contacto');

    await row.getByRole('button', { name: `Cambiar roles de ${username}` }).click();
    const roles = page.getByRole('dialog', { name: `Roles de ${username}` });
    expect(await roles.textContent()).toContain('se cierran de inmediato todas las sesiones');
    await roles.getByLabel('Gestión de casos', { exact: true }).check();
    await expectAccessible('admin-edit-roles-es-MX');
    await roles.getByRole('button', { name: 'Guardar roles y cerrar sesiones' }).click();
    await page.getByText(`Se actualizó la cuenta de ${username}.`).waitFor();
    await expect.poll(() => row.textContent()).toContain('Gestión de casos');

    await row.getByRole('button', { name: `Desactivar la cuenta de ${username}` }).click();
    await row.getByText('Desactivada').waitFor();
  });
});
