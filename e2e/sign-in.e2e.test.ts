import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAccessibilityViolations, launchChromium, saveScreenshot } from './support/browser.ts';

const DEMO_PROSECUTOR = { username: 'demo.fiscal', password: 'Enlace-demo-2026!' };

type SignInLabels = { username: string; password: string; submit: string };

const SPANISH: SignInLabels = { username: 'Usuario', password: 'Contraseña', submit: 'Iniciar sesión' };
const ENGLISH: SignInLabels = { username: 'User name', password: 'Password', submit: 'Sign in' };

const MODULES_IN_SPANISH = [
  'Casos',
  'Identificación',
  'Canalizaciones',
  'Protección',
  'Vinculación de registros',
  'Estadísticas',
  'Administración',
];

describe('signing in to the web app', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // A fresh context per test: no cookie or remembered language leaks from one test into the next.
  async function openSignInPage(): Promise<void> {
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  async function signIn(username: string, password: string, labels: SignInLabels): Promise<void> {
    await page.getByLabel(labels.username, { exact: true }).fill(username);
    await page.getByLabel(labels.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  test('a demo prosecutor signs in in Spanish, sees the seven modules, switches to English and signs out', async () => {
    await openSignInPage();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    await expect.poll(() => page.title()).toBe('Iniciar sesión · Enlace');
    await saveScreenshot(page, 'sign-in-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await signIn(DEMO_PROSECUTOR.username, DEMO_PROSECUTOR.password, SPANISH);
    const modules = page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('list', { name: 'Módulos' });
    await modules.waitFor();
    expect(await modules.getByRole('link').allTextContents()).toEqual(MODULES_IN_SPANISH);
    await expect.poll(() => page.title()).toBe('Inicio · Enlace');
    await saveScreenshot(page, 'frame-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Record linkage' })
      .waitFor();
    await expect.poll(() => page.title()).toBe('Home · Enlace');
    await saveScreenshot(page, 'frame-en');

    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByText('You have signed out.').isVisible()).toBe(true);

    // The server ended the session: a protected page sends the reader back to sign in.
    await page.goto(new URL('/cases', baseUrl).href);
    await page.getByLabel(ENGLISH.username, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  test('a wrong password shows the generic error in the language showing, the same as an unknown user', async () => {
    await openSignInPage();
    await signIn(DEMO_PROSECUTOR.username, 'not-the-password', SPANISH);
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toContain('El usuario o la contraseña no son correctos.');
    expect(await page.getByLabel(SPANISH.password, { exact: true }).inputValue()).toBe('');
    await saveScreenshot(page, 'sign-in-error-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await signIn('no.such.user', 'not-the-password', ENGLISH);
    await page.getByText('The user name or password is not correct.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
