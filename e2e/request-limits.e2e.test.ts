import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccount } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { startOwnServer } from './support/own-server.ts';

/** Low enough to reach in a few seconds; the production default (600) is untouched. */
const ACCOUNT_LIMIT = 25;
const suffix = randomBytes(3).toString('hex');

/**
 * A signed-in account past its request limit: the server answers 429 with Retry-After, and the web app
 * says in the reader's language when to try again instead of a raw error, without repeating the read
 * on its own when the wait is long. Its own server, with a low limit per account.
 */
describe('the web app past the request limit', () => {
  const chromium = chromiumForFile();
  let server: Awaited<ReturnType<typeof startOwnServer>>;

  beforeAll(async () => {
    server = await startOwnServer({ ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: String(ACCOUNT_LIMIT) });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  /** Spends the account's allowance for this minute from the page's own session; the wait the server asks. */
  async function exhaustAllowance(page: Page): Promise<number> {
    for (let sent = 0; sent <= ACCOUNT_LIMIT; sent++) {
      const response = await page.request.get(new URL('/api/v1/session', server.baseUrl).href);
      if (response.status() === 429) return Number(response.headers()['retry-after']);
    }
    throw new Error(`no 429 after ${ACCOUNT_LIMIT + 1} requests`);
  }

  test('a read refused with 429 shows when to try again, in Spanish and English, on a page and on arrival, and is not repeated', async () => {
    const auditor = await createAccount(chromium.browser(), server.baseUrl, {
      username: `e2e.limite.${suffix}`,
      displayName: 'Auditora de prueba',
      agencyCode: 'FEVIMTRA',
      roles: ['auditor'],
    });
    const page = await chromium.open({
      viewport: { width: 1366, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(server.baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(auditor.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(auditor.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    const navigation = page.getByRole('navigation', { name: 'Navegación principal' });
    await navigation.waitFor();

    const wait = await exhaustAllowance(page);
    // The window is a minute from the account's first request, seconds ago: far past the automatic wait.
    expect(wait).toBeGreaterThan(10);
    const auditReads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/audit/entries') auditReads.push(request.method());
    });

    await navigation.getByRole('link', { name: 'Auditoría', exact: true }).click();
    await page.getByRole('heading', { name: 'Auditoría', level: 1 }).waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'Demasiadas solicitudes' }).first();
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Enlace no pudo atender esta consulta ahora\. Vuelva a intentarlo a partir de las \d{1,2}:\d{2}:\d{2}.* \(en \d+ segundos\)\./,
    );
    // The server's own wording is replaced, never shown raw.
    expect(await page.getByText('Espere', { exact: false }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'request-limit-es');
    expect(auditReads).toEqual(['GET']);

    // In English: the next read (the alerts tab reads them again) is refused in the new language.
    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: /^Security alerts/ }).click();
    const english = page.getByRole('alert').filter({ hasText: 'Too many requests' }).first();
    await english.waitFor();
    expect(await english.textContent()).toMatch(
      /Enlace could not answer this request right now\. Try again after \d{1,2}:\d{2}:\d{2}.* \(in \d+ seconds\)\./,
    );

    // Reloading while refused: the session cannot be checked, and the sign-in page says why.
    await page.reload();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    const onArrival = page.getByRole('alert').filter({ hasText: 'Too many requests' });
    await onArrival.waitFor();
    expect(await onArrival.textContent()).toMatch(/Try again after \d{1,2}:\d{2}:\d{2}/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
