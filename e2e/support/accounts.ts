import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Enlace-demo-2026!';

export type Account = { username: string; password: string };

/** demo.admin, an administrator of the platform operator, creates an account through the API. */
export async function createAccount(
  browser: Browser,
  baseUrl: string,
  account: { username: string; displayName: string; agencyCode: string; roles: string[] },
): Promise<Account> {
  const context = await browser.newContext();
  try {
    const signIn = await context.request.post(new URL('/api/v1/session', baseUrl).href, {
      data: { username: 'demo.admin', password: DEMO_PASSWORD },
    });
    if (!signIn.ok()) throw new Error(`demo.admin could not sign in: ${signIn.status()}`);
    const password = DEMO_PASSWORD;
    const created = await context.request.post(new URL('/api/v1/admin/users', baseUrl).href, {
      data: { ...account, password },
    });
    if (created.status() !== 201) throw new Error(`account not created: ${await created.text()}`);
    return { username: account.username, password };
  } finally {
    await context.close();
  }
}

/** Accounts a test creates under one suffix, so each run's usernames are its own. */
export const accountMaker =
  (browser: Browser, baseUrl: string, suffix: string) =>
  (username: string, agencyCode: string, roles: string[]): Promise<Account> =>
    createAccount(browser, baseUrl, {
      username: `${username}.${suffix}`,
      displayName: username,
      agencyCode,
      roles,
    });

/** The code the phone would show `stepsAhead` 30-second steps from now (each step is accepted once). */
export const codeFor = (secret: string, stepsAhead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

/** Signs in in Spanish and enrols an authenticator app by typing the key shown; returns the key. */
export async function signInAndEnrolInSpanish(page: Page, { username, password }: Account): Promise<string> {
  await page.getByLabel('Usuario', { exact: true }).fill(username);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
  await page.getByRole('heading', { name: 'Active la verificación en dos pasos', level: 1 }).waitFor();
  const shownKey = await page
    .getByLabel('¿No puede escanear? Escriba esta clave en la aplicación', { exact: true })
    .inputValue();
  const secret = shownKey.replaceAll(' ', '');
  await page.getByLabel('Código de verificación', { exact: true }).fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Activar y continuar' }).click();
  await page.getByLabel('Guardé mis códigos de recuperación en un lugar seguro').check();
  await page.getByRole('button', { name: 'Continuar a Enlace' }).click();
  await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  return secret;
}
