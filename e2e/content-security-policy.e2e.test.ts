import { randomBytes } from 'node:crypto';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccount, DEMO_PASSWORD, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile } from './support/browser.ts';
import { watchPolicyViolations } from './support/policy-violations.ts';
import { startPublicationServer } from './support/publication-server.ts';

const VIEWPORT = { width: 1366, height: 900 };
const RELEASED_CODES = ['prosecution.convictions', 'prosecution.sentence_length', 'protection.repatriations'];
const suffix = randomBytes(3).toString('hex');

/**
 * The web app's main pages under the real Content-Security-Policy, which has no 'unsafe-inline': every
 * violation the browser reports (event or console message) fails the test. Its own server with
 * hand-built figures, so the report and a public release have something to draw.
 */
describe('the Content-Security-Policy in the browser', () => {
  const chromium = chromiumForFile();
  let server: Awaited<ReturnType<typeof startPublicationServer>>;
  const address = (path: string) => new URL(path, server.baseUrl).href;

  beforeAll(async () => {
    server = await startPublicationServer();
    const context = await chromium.browser().newContext();
    try {
      const post = (path: string, data: unknown) => context.request.post(address(path), { data });
      expect(
        (await post('/api/v1/session', { username: 'demo.comision', password: DEMO_PASSWORD })).ok(),
      ).toBe(true);
      const released = await post('/api/v1/statistics/releases', {
        year: 2012,
        indicatorCodes: RELEASED_CODES,
      });
      expect(released.status(), await released.text()).toBe(201);
    } finally {
      await context.close();
    }
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  /** A page whose every policy violation and every document's policy header is kept for the assertions. */
  async function watchedPage() {
    const page = await chromium.open({
      viewport: VIEWPORT,
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    const violations = await watchPolicyViolations(page);
    const policies: string[] = [];
    page.on('response', async (response: Response) => {
      if (response.request().resourceType() === 'document')
        policies.push((await response.headerValue('content-security-policy')) ?? '');
    });
    return { page, violations, policies };
  }

  /** Lets styles, fonts and late requests settle, so a violation they cause is seen before asserting. */
  async function settled(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
  }

  test('sign-in, case list, a case, the annual report and public statistics raise no violation', async () => {
    const prosecutor = await createAccount(chromium.browser(), server.baseUrl, {
      username: `e2e.csp.${suffix}`,
      displayName: 'Fiscal de prueba',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    const { page, violations, policies } = await watchedPage();

    await page.goto(address('/sign-in'));
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).waitFor();
    await settled(page);
    // Mantine's <style> elements carry the page's nonce, so the theme's variables did apply.
    const nonced = await page.evaluate<boolean[]>(
      "[...document.querySelectorAll('style')].map((style) => style.nonce.length > 0)",
    );
    expect(nonced.length).toBeGreaterThan(0);
    expect(nonced.every(Boolean)).toBe(true);
    expect(
      await page.evaluate<string>(
        "getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-body').trim()",
      ),
    ).not.toBe('');
    expect(violations).toEqual([]);

    await signInAndEnrolInSpanish(page, prosecutor);
    const opened = await page.request.post(address('/api/v1/cases'), {
      data: { stateCode: 'PUE', municipality: 'Tehuacán' },
    });
    expect(opened.status(), await opened.text()).toBe(201);
    const { id } = await opened.json();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos' })
      .click();
    await page.getByRole('heading', { name: 'Casos', level: 1 }).waitFor();
    await page
      .getByRole('link', { name: /^ENL-\d{4}-/ })
      .first()
      .waitFor();
    await settled(page);
    expect(violations).toEqual([]);

    await page.goto(address(`/cases/${id}`));
    await page.getByRole('heading', { level: 1, name: /^ENL-\d{4}-[0-9A-F]{10}$/ }).waitFor();
    await page.getByRole('button', { name: 'Agregar persona' }).click();
    await page.getByRole('dialog', { name: 'Agregar una persona al caso' }).waitFor();
    await settled(page);
    expect(violations).toEqual([]);

    await page.goto(address('/sign-in'));
    await page.context().clearCookies();
    await page.goto(address('/sign-in'));
    await page.getByLabel('Usuario', { exact: true }).fill('demo.comision');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Informe anual' })
      .click();
    await page.getByRole('link', { name: 'Descargar PDF' }).waitFor();
    await page.locator('svg').first().waitFor();
    await settled(page);
    expect(violations).toEqual([]);

    await page.goto(address('/public/statistics'));
    await page.getByRole('heading', { name: 'Estadísticas de 2012', level: 2 }).waitFor();
    await settled(page);
    expect(violations).toEqual([]);

    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies) {
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/]+=*';/);
    }
    expect(new Set(policies).size).toBe(policies.length);
  });

  test('an inline style attribute in markup is refused, so the test above would see one', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(address('/sign-in'));
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).waitFor();
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>')`);
    await expect
      .poll(() => violations.filter(({ directive }) => directive.startsWith('style-src')).length)
      .toBe(1);
  });

  test('the page is never stored, and each response has its own nonce', async () => {
    const { page } = await watchedPage();
    const nonces: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await page.goto(address('/sign-in'));
      expect(response?.headers()['cache-control']).toBe('no-store');
      const policyNonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
      const pageNonce = await page.locator('meta[name="csp-nonce"]').getAttribute('content');
      expect(pageNonce).toBe(policyNonce);
      nonces.push(pageNonce ?? '');
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
