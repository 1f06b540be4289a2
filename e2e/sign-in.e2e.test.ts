import { readFile } from 'node:fs/promises';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

// Both hold roles that see identities: the demo creates them without a second factor, and each
// enrols an authenticator app at its first sign-in, as a real user would.
const DEMO_PROSECUTOR = { username: 'demo.fiscal', password: 'Enlace-demo-2026!' };
const DEMO_INVESTIGATOR = { username: 'demo.policia', password: 'Enlace-demo-2026!' };

type SignInLabels = { username: string; password: string; submit: string };

const SPANISH: SignInLabels = { username: 'Usuario', password: 'Contraseña', submit: 'Iniciar sesión' };
const ENGLISH: SignInLabels = { username: 'User name', password: 'Password', submit: 'Sign in' };

// Case-working roles also see the transfer inbox under Cases.
const MODULES_IN_SPANISH = [
  'Casos',
  'Transferencias',
  'Identificación',
  'Canalizaciones',
  'Directorio de servicios',
  'Protección',
  'Vinculación de registros',
  'Estadísticas',
  'Administración',
];

describe('signing in to the web app', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  // A fresh context per test: no cookie or remembered language leaks from one test into the next.
  async function openSignInPage(): Promise<void> {
    page = await chromium.open({ viewport: { width: 1366, height: 800 } });
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  async function signIn(username: string, password: string, labels: SignInLabels): Promise<void> {
    await page.getByLabel(labels.username, { exact: true }).fill(username);
    await page.getByLabel(labels.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  /** The code the phone would show `stepsAhead` 30-second steps from now (each step is accepted once). */
  const codeFor = (secret: string, stepsAhead = 0) =>
    generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

  /** Enrols the way a person with an authenticator app does, typing the key shown; returns the key and the code used. */
  async function enrolInSpanish(screenshots?: string): Promise<{ secret: string; firstCode: string }> {
    await page.getByRole('heading', { name: 'Active la verificación en dos pasos', level: 1 }).waitFor();
    const qrCode = page.getByRole('img', { name: /^Código QR/ });
    await qrCode.waitFor();
    // A blank image would mean the Content-Security-Policy refused the data URL.
    // The Node program has no DOM types: read the property by name.
    const width = await qrCode.evaluate(
      (image) => (image as unknown as { naturalWidth: number }).naturalWidth,
    );
    expect(width).toBeGreaterThan(0);
    const shownKey = await page
      .getByLabel('¿No puede escanear? Escriba esta clave en la aplicación', { exact: true })
      .inputValue();
    const secret = shownKey.replaceAll(' ', '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    if (screenshots) {
      await saveScreenshot(page, `${screenshots}-enrolment-es-MX`);
      expect(await findAccessibilityViolations(page)).toEqual([]);
    }
    const firstCode = await codeFor(secret);
    await page.getByLabel('Código de verificación', { exact: true }).fill(firstCode);
    await page.getByRole('button', { name: 'Activar y continuar' }).click();
    await page.getByRole('heading', { name: 'Guarde sus códigos de recuperación', level: 1 }).waitFor();
    return { secret, firstCode };
  }

  async function recoveryCodesShown(): Promise<string[]> {
    const list = page.getByRole('list', { name: 'Códigos de recuperación' });
    const codes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
    expect(codes).toHaveLength(10);
    return codes;
  }

  async function enterAfterSavingCodes(): Promise<void> {
    const enter = page.getByRole('button', { name: 'Continuar a Enlace' });
    expect(await enter.isDisabled()).toBe(true);
    await page.getByLabel('Guardé mis códigos de recuperación en un lugar seguro').check();
    await enter.click();
  }

  async function signOutInSpanish(): Promise<void> {
    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
  }

  test('a demo prosecutor enrols a second factor in Spanish, keeps the recovery codes, sees the seven modules, switches to English, signs out and signs in again with a code', async () => {
    await openSignInPage();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    await expect.poll(() => page.title()).toBe('Iniciar sesión · Enlace');
    await saveScreenshot(page, 'sign-in-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await signIn(DEMO_PROSECUTOR.username, DEMO_PROSECUTOR.password, SPANISH);
    const { secret, firstCode } = await enrolInSpanish('mfa');
    const codes = await recoveryCodesShown();
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    await saveScreenshot(page, 'mfa-recovery-codes-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar (.txt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('enlace-codigos-de-recuperacion.txt');
    const saved = await readFile((await download.path())!, 'utf8');
    for (const code of codes) expect(saved).toContain(code);
    await enterAfterSavingCodes();

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

    // Enrolled now: the password alone no longer signs in.
    await signIn(DEMO_PROSECUTOR.username, DEMO_PROSECUTOR.password, ENGLISH);
    await page.getByRole('heading', { name: 'Two-step verification', level: 1 }).waitFor();
    const code = page.getByLabel('Verification code', { exact: true });
    // The code that confirmed the enrolment was spent with it.
    await code.fill(firstCode);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByText('The code is not correct or was already used.', { exact: false }).waitFor();
    await saveScreenshot(page, 'mfa-code-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await code.fill(await codeFor(secret, 1));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cases');
  });

  test('a demo investigator without the phone signs in once with each recovery code', async () => {
    await openSignInPage();
    await signIn(DEMO_INVESTIGATOR.username, DEMO_INVESTIGATOR.password, SPANISH);
    await enrolInSpanish();
    const [first] = await recoveryCodesShown();
    await enterAfterSavingCodes();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();

    for (const attempt of ['accepted', 'refused'] as const) {
      await signOutInSpanish();
      await signIn(DEMO_INVESTIGATOR.username, DEMO_INVESTIGATOR.password, SPANISH);
      await page.getByRole('heading', { name: 'Verificación en dos pasos', level: 1 }).waitFor();
      await page
        .getByRole('button', { name: 'No tengo mi teléfono: usar un código de recuperación' })
        .click();
      await page.getByLabel('Código de recuperación', { exact: true }).fill(first!.toLowerCase());
      if (attempt === 'accepted') {
        await saveScreenshot(page, 'mfa-recovery-code-es-MX');
        expect(await findAccessibilityViolations(page)).toEqual([]);
      }
      await page.getByRole('button', { name: 'Verificar', exact: true }).click();
      if (attempt === 'accepted') {
        await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
      } else {
        await page
          .getByRole('alert')
          .getByText('El código no es correcto o ya se usó.', { exact: false })
          .waitFor();
      }
    }
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
