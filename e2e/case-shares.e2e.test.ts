import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, codeFor, createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 800 };
const suffix = randomBytes(3).toString('hex');
const REASON = 'Coordinar la investigación con la fiscalía de Puebla';

/** An API client signed in as `account`, enrolling its authenticator app the way the web app would. */
async function apiSession(browser: Browser, baseUrl: string, account: Account) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const api: APIRequestContext = context.request;
  const signIn = await api.post('/api/v1/session', { data: account });
  expect(await signIn.json()).toEqual({ mfa: 'enrolment_required' });
  const { manualKey } = await (await api.post('/api/v1/session/mfa/enrolment')).json();
  const confirmed = await api.post('/api/v1/session/mfa/enrolment/confirmation', {
    data: { code: await codeFor(manualKey) },
  });
  expect(confirmed.status()).toBe(200);
  return {
    caseStatus: async (caseId: string) => (await api.get(`/api/v1/cases/${caseId}`)).status(),
    context,
  };
}

describe('the institutions a case is shared with', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a share made in the workspace is listed, and revoking it shuts the other institution out', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.comparte.${suffix}`,
      displayName: 'Fiscal que comparte',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    const investigator = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.recibe.${suffix}`,
      displayName: 'Policía que recibe',
      agencyCode: 'FGE-PUE',
      roles: ['investigator'],
    });
    const puebla = await apiSession(chromium.browser(), baseUrl, investigator);
    try {
      page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
      await page.goto(baseUrl);
      await signInAndEnrolInSpanish(page, prosecutor);
      const opened = await page.request.post(new URL('/api/v1/cases', baseUrl).href, {
        data: { stateCode: 'PUE', municipality: 'Tehuacán' },
      });
      expect(opened.status()).toBe(201);
      const caseId: string = (await opened.json()).id;
      await page.goto(new URL(`/cases/${caseId}`, baseUrl).href);
      const section = page.getByRole('region', { name: 'Compartido con' });
      await section.getByText('Este caso no se ha compartido con ninguna otra institución.').waitFor();
      expect(await puebla.caseStatus(caseId)).toBe(404);

      await page.getByRole('button', { name: 'Compartir caso' }).click();
      const shareDialog = page.getByRole('dialog', { name: 'Compartir el caso con otra institución' });
      await shareDialog.getByRole('combobox', { name: 'Institución' }).click();
      await page.getByRole('option', { name: /\(FGE-PUE\)$/ }).click();
      await shareDialog.getByLabel(/^Motivo/).fill(REASON);
      await shareDialog.getByRole('button', { name: 'Compartir', exact: true }).click();
      await page.getByText('El caso se compartió con FGE-PUE.').waitFor();

      const shares = section.getByRole('table', {
        name: 'Accesos compartidos del caso, primero los vigentes',
      });
      const row = shares
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /\(FGE-PUE\)$/ }) });
      await row.waitFor();
      const listed = await row.textContent();
      for (const fact of [REASON, 'Fiscal que comparte', 'Sin vencimiento', 'Vigente'])
        expect(listed).toContain(fact);
      expect(await puebla.caseStatus(caseId)).toBe(200);
      await expectAccessible('case-shares-es-MX');

      await row.getByRole('button', { name: /^Revocar el acceso de .*\(FGE-PUE\)$/ }).click();
      const confirm = page.getByRole('dialog', { name: 'Revocar un acceso compartido' });
      expect(await confirm.textContent()).toContain('dejará de tener acceso a este caso de inmediato');
      await expectAccessible('case-share-revoke-es-MX');
      await confirm.getByRole('button', { name: 'Revocar acceso' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await section.getByText(/^Se revocó el acceso de .*\(FGE-PUE\)\.$/).waitFor();
      await expect.poll(() => row.textContent()).toContain('Revocado');
      expect(await row.getByRole('button').count()).toBe(0);
      expect(await puebla.caseStatus(caseId)).toBe(404);
      await expectAccessible('case-share-revoked-es-MX');
    } finally {
      await puebla.context.close();
    }
  });
});
