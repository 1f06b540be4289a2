import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createAccount, DEMO_PASSWORD, signInAndEnrolInSpanish } from './support/accounts.ts';
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

  test('demo.admin resets the second factor of someone who lost their phone, who then enrols again', async () => {
    const username = `e2e.sin.telefono.${randomBytes(3).toString('hex')}`;
    const account = await createAccount(browser, baseUrl, {
      username,
      displayName: 'Persona sin teléfono',
      agencyCode: 'INM',
      roles: ['intake_officer'],
    });
    const personContext = await browser.newContext({
      viewport: { width: 1366, height: 800 },
      locale: 'es-MX',
    });
    const adminContext = await browser.newContext({
      viewport: { width: 1366, height: 800 },
      locale: 'es-MX',
    });
    try {
      const person = await personContext.newPage();
      await person.goto(baseUrl);
      await signInAndEnrolInSpanish(person, account);

      page = await adminContext.newPage();
      await page.goto(baseUrl);
      await page.getByLabel('Usuario', { exact: true }).fill('demo.admin');
      await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
      await page
        .getByRole('navigation', { name: 'Navegación principal' })
        .getByRole('link', { name: 'Usuarios' })
        .click();
      const table = page.getByRole('table', { name: 'Cuentas de usuario' });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: username }) });
      await row.waitFor();

      await row
        .getByRole('button', { name: `Restablecer la verificación en dos pasos de ${username}` })
        .click();
      const dialog = page.getByRole('dialog', {
        name: `Restablecer la verificación en dos pasos de ${username}`,
      });
      expect(await dialog.textContent()).toContain('auditoría recibe una alerta');
      const reason = dialog.getByLabel(/^Cómo confirmó la identidad de la persona/);
      await reason.fill('La conozco');
      await dialog.getByRole('button', { name: 'Restablecer y cerrar sesiones' }).click();
      await dialog.getByText('Escriba un motivo de al menos 20 caracteres.').waitFor();
      await reason.fill('Identidad confirmada en persona con su credencial del INM');
      await expectAccessible('admin-reset-mfa-es-MX');

      // As if demo.admin had signed in long ago: the first try asks them to confirm who they are.
      await page.route(
        '**/mfa-reset',
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
      await dialog.getByRole('button', { name: 'Restablecer y cerrar sesiones' }).click();
      const reauthentication = page.getByRole('dialog', { name: 'Confirme su identidad' });
      await reauthentication.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
      await reauthentication.getByRole('button', { name: 'Confirmar' }).click();
      await page
        .getByText(`Se restableció la verificación en dos pasos de ${username} y se cerraron sus sesiones.`)
        .waitFor();
      await expect.poll(() => row.textContent()).toContain('Pendiente');
      expect(
        await row
          .getByRole('button', { name: `Restablecer la verificación en dos pasos de ${username}` })
          .count(),
      ).toBe(0);
      await expectAccessible('admin-mfa-reset-done-es-MX');

      // The person's open session ended; at their next sign-in they set up a new authenticator app.
      await person.reload();
      await person.getByLabel('Usuario', { exact: true }).waitFor();
      await signInAndEnrolInSpanish(person, account);
    } finally {
      await personContext.close();
      await adminContext.close();
    }
  });
});
