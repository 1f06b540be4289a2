import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

// Neither role sees identities, so both sign in with the password alone.
const DEMO_AUDITOR = { username: 'demo.auditor', password: 'Enlace-demo-2026!' };
const DEMO_STATISTICIAN = { username: 'demo.comision', password: 'Enlace-demo-2026!' };

const VIEWPORT = { width: 1366, height: 800 };

describe('the auditor’s screens', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function signInInSpanish({ username, password }: { username: string; password: string }) {
    // A browser set up as in Mexico: native date fields and times read as an auditor there sees them.
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill(username);
    await page.getByLabel('Contraseña', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  }

  /** The drawer slides in from the right; a screenshot taken on the way would show half of it. */
  async function waitUntilOpen(drawer: Locator): Promise<void> {
    await drawer.waitFor();
    await expect
      .poll(async () => {
        const box = await drawer.boundingBox();
        return box && Math.round(box.x + box.width);
      })
      .toBe(VIEWPORT.width);
  }

  const logTable = () => page.getByRole('table', { name: /^Entradas de la bitácora de auditoría/ });
  const actionCodes = () => logTable().locator('tbody tr td:nth-child(2) code').allTextContents();

  test('an auditor browses the log, filters it by action, reads one entry and sees the alerts, in Spanish and English', async () => {
    await signInInSpanish(DEMO_AUDITOR);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Auditoría', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Auditoría', level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe('Auditoría · Enlace');
    expect(new URL(page.url()).pathname).toBe('/audit');

    // The newest entry is this very sign-in; the demo's institutions are further back (other tests and the
    // demo cases write many entries), so they are looked up through the filter in the address.
    await logTable().waitFor();
    expect(await actionCodes()).toContain('session.sign_in');
    await page.goto(`${baseUrl}/audit?action=agency.create`);
    await expect.poll(async () => [...new Set(await actionCodes())]).toEqual(['agency.create']);
    const shown = await logTable().textContent();
    expect(shown).toContain('Alta de institución');
    // Institutions by code from the agency directory, not by id.
    expect(shown).toContain('FEVIMTRA');
    await page.goto(`${baseUrl}/audit`);
    await logTable().waitFor();
    await saveScreenshot(page, 'audit-log-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Acción' }).click();
    await page.getByRole('option', { name: 'Inicio de sesión (session.sign_in)' }).click();
    await page.getByRole('button', { name: 'Filtrar', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('session.sign_in');
    await expect.poll(async () => [...new Set(await actionCodes())]).toEqual(['session.sign_in']);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Entradas 1 a \d+/ })
        .count(),
    ).toBe(1);

    await logTable()
      .getByRole('button', { name: /^Detalles de la entrada \d+$/ })
      .first()
      .click();
    const entry = page.getByRole('dialog', { name: /^Entrada \d+ de la bitácora$/ });
    await waitUntilOpen(entry);
    expect(await entry.textContent()).toContain('secondFactor');
    await saveScreenshot(page, 'audit-entry-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await entry.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: /^Alertas de seguridad/ }).click();
    // Other browser tests may have raised alerts (break-glass access) before this one runs.
    await page
      .getByRole('list', { name: /^Alertas de seguridad/ })
      .or(page.getByText('Sin alertas'))
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit/alerts');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByRole('columnheader', { name: 'Chain position' }).waitFor();
    await expect.poll(() => page.title()).toBe('Audit · Enlace');
    await saveScreenshot(page, 'audit-log-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page
      .getByRole('table', { name: /^Audit log entries/ })
      .getByRole('button', { name: /^Details of entry \d+$/ })
      .first()
      .click();
    await waitUntilOpen(page.getByRole('dialog', { name: /^Audit log entry \d+$/ }));
    await saveScreenshot(page, 'audit-entry-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('the log filters by the auditor’s local days, whole days included', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(
        Date.now() + offset * 86_400_000,
      );
    await signInInSpanish(DEMO_AUDITOR);
    // Read once, right after signing in: every field and the address then name the same day.
    const today = day(0);
    const tomorrow = day(1);
    await page.goto(new URL('/audit', baseUrl).href);
    await logTable().waitFor();
    const from = page.getByLabel('Desde el día', { exact: true });
    const to = page.getByLabel('Hasta el día', { exact: true });
    const apply = page.getByRole('button', { name: 'Filtrar', exact: true });

    await from.fill(tomorrow);
    await to.fill(today);
    await apply.click();
    await page.getByText('Este día no puede ser anterior al día inicial.').waitFor();

    await to.fill('');
    await apply.click();
    await page.getByText('Ninguna entrada de la bitácora coincide con estos filtros.').waitFor();

    // "Hasta" today reaches the end of today, so this very sign-in is in.
    await from.fill(today);
    await to.fill(today);
    await apply.click();
    await logTable().waitFor();
    expect(await actionCodes()).toContain('session.sign_in');
    expect(new URL(page.url()).searchParams.get('to')).toBe(today);
  });

  test('security alerts come unacknowledged first, each with its kind, its state and its trail in the log', async () => {
    // The demo raises no alerts: the API's answer is replaced with synthetic ones, in the wrong order.
    const raisedAt = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const acknowledged = {
      id: randomUUID(),
      kind: 'break_glass',
      agencyId: randomUUID(),
      subjectUserId: randomUUID(),
      caseId: randomUUID(),
      details: {},
      raisedAt: raisedAt(30),
      acknowledgedAt: raisedAt(29),
    };
    const pending = {
      ...acknowledged,
      id: randomUUID(),
      kind: 'identity_read_rate',
      caseId: null,
      details: { readsLastHour: 51, limit: 50 },
      raisedAt: raisedAt(1),
      acknowledgedAt: null,
    };
    await signInInSpanish(DEMO_AUDITOR);
    await page.route('**/api/v1/audit/alerts', (route) =>
      route.fulfill({ json: { items: [acknowledged, pending] } }),
    );
    await page.goto(new URL('/audit/alerts', baseUrl).href);

    const alerts = page.getByRole('list', { name: /^Alertas de seguridad/ }).getByRole('listitem');
    await alerts.first().waitFor();
    expect(await alerts.count()).toBe(2);
    const [first, second] = [alerts.nth(0), alerts.nth(1)];
    expect(await first.getByRole('heading').textContent()).toBe(
      'Demasiadas consultas de identidad en una hora',
    );
    expect(await first.textContent()).toContain('Sin atender');
    expect(await first.textContent()).toContain('51 (límite: 50)');
    expect(await second.textContent()).toContain('Atendida');
    expect(await page.getByRole('tab', { name: /^Alertas de seguridad/ }).textContent()).toContain(
      '1 sin atender',
    );
    await saveScreenshot(page, 'audit-alerts-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await second.getByRole('link', { name: 'Ver en la bitácora lo ocurrido con este caso' }).click();
    await logTable().or(page.getByText('Sin entradas')).first().waitFor();
    const filters = new URL(page.url()).searchParams;
    expect(Object.fromEntries(filters)).toEqual({ recordType: 'case', recordId: acknowledged.caseId });
    expect(await page.getByLabel('Identificador del registro', { exact: true }).inputValue()).toBe(
      acknowledged.caseId,
    );
  });

  test('a statistician has no Auditoría entry, and the audit pages and API do not exist for them', async () => {
    await signInInSpanish(DEMO_STATISTICIAN);
    const navigation = page.getByRole('navigation', { name: 'Navegación principal' });
    await navigation.getByRole('link', { name: 'Administración', exact: true }).waitFor();
    expect(await navigation.getByRole('link').allTextContents()).not.toContain('Auditoría');

    for (const path of ['/audit', '/audit/alerts']) {
      await page.goto(new URL(path, baseUrl).href);
      await page.getByRole('heading', { name: 'Página no encontrada', level: 1 }).waitFor();
    }
    for (const path of ['/api/v1/audit/entries', '/api/v1/audit/alerts']) {
      expect((await page.request.get(new URL(path, baseUrl).href)).status()).toBe(404);
    }
  });
});
