import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, DEMO_PASSWORD, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 900 };
const suffix = randomBytes(3).toString('hex');
// Days are counted from one instant read once: the suite runs around midnight UTC, and a date written on
// one day must be looked for on that same day, not on the next one reached while the test ran.
const STARTED = Date.now();
const daysAgo = (days: number) => new Date(STARTED - days * 86_400_000).toISOString().slice(0, 10);
const today = () => daysAgo(0);

describe('protection follow-up, directory editing and the coverage-gap map', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function openBrowser(): Promise<void> {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a prosecutor sees what the case’s protection measures wait for, and the survivor’s services', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.seguimiento.${suffix}`,
      displayName: 'Fiscal de seguimiento de prueba',
      agencyCode: 'FGE-PUE',
      roles: ['prosecutor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, prosecutor);
    const api = (path: string, data: unknown) => page.request.post(new URL(path, baseUrl).href, { data });
    const opened = await (await api('/api/v1/cases', { stateCode: 'PUE' })).json();
    const person = await (
      await api(`/api/v1/cases/${opened.id}/people`, { role: 'survivor', needs: ['legal'] })
    ).json();
    // Three survivors who consent to statistics and need legal advice, which no service in Puebla
    // offers: enough for the coverage-gap map to show Puebla's figure (test 4).
    const others = [];
    for (let added = 0; added < 2; added += 1)
      others.push(
        await (await api(`/api/v1/cases/${opened.id}/people`, { role: 'survivor', needs: ['legal'] })).json(),
      );
    for (const survivor of [person, ...others])
      expect(
        (
          await api(`/api/v1/cases/${opened.id}/consents`, {
            personId: survivor.id,
            scopes: ['statistics'],
            givenOn: daysAgo(1),
          })
        ).status(),
      ).toBe(201);
    const measure = (body: Record<string, unknown>) =>
      api(`/api/v1/cases/${opened.id}/protection-measures`, { personId: person.id, ...body });
    expect(
      (
        await measure({
          kind: 'immigration_relief',
          relief: 'humanitarian_visa',
          status: 'applied',
          requestedOn: daysAgo(60),
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await measure({
          kind: 'compensation',
          status: 'ordered',
          requestedOn: daysAgo(10),
          amountOrderedMxn: 80000,
          amountPaidMxn: 30000,
        })
      ).status(),
    ).toBe(201);

    await page.goto(new URL(`/cases/${opened.id}`, baseUrl).href);
    const panel = page.getByRole('region', { name: 'Seguimiento de la protección' });
    const tasks = panel.getByRole('table', { name: 'Medidas de protección en seguimiento' });
    const relief = tasks.getByRole('row').filter({ hasText: 'Resolución de la regularización migratoria' });
    await relief.getByText('Vencida').waitFor();
    expect(await relief.textContent()).toContain(daysAgo(15));
    const compensation = tasks.getByRole('row').filter({ hasText: 'Reparación pagada en su totalidad' });
    expect(await compensation.textContent()).toContain('Falta pagar: MXN 50,000');
    expect(await compensation.textContent()).not.toContain('Vencida');

    await panel.getByRole('combobox', { name: 'Persona sobreviviente' }).click();
    await page.getByRole('option', { name: 'Persona 1' }).click();
    const timeline = panel.getByRole('list', { name: 'Servicios recibidos' });
    await timeline.getByText(`${daysAgo(60)}: Regularización migratoria o refugio: En trámite`).waitFor();
    expect(await timeline.getByRole('listitem').allTextContents()).toEqual([
      `${daysAgo(60)}: Regularización migratoria o refugio: En trámite`,
      `${daysAgo(10)}: Reparación del daño: Ordenada`,
    ]);
    await expectAccessible('protection-follow-up-es-MX');

    await page.goto(new URL('/referrals', baseUrl).href);
    const inbox = page.getByRole('table', { name: 'Medidas de protección en seguimiento' });
    const task = inbox
      .getByRole('row')
      .filter({ hasText: opened.reference })
      .filter({ hasText: 'Resolución de la regularización migratoria' });
    await task.getByText('Vencida').waitFor();
    await expectAccessible('follow-up-inbox-es-MX');
    await task.getByRole('link', { name: opened.reference }).click();
    await page.getByRole('heading', { name: opened.reference, level: 1 }).waitFor();
  });

  test('the federal shelter edits its service; an impossible age range is refused and nothing changes', async () => {
    const supervisor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.fevimtra.sup.${suffix}`,
      displayName: 'Supervisión del refugio federal de prueba',
      agencyCode: 'FEVIMTRA',
      roles: ['supervisor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, supervisor);
    await page.goto(new URL('/service-directory', baseUrl).href);
    await page.getByRole('button', { name: 'Editar Refugio especializado de alta seguridad' }).click();
    const edit = page.getByRole('dialog', { name: 'Editar Refugio especializado de alta seguridad' });
    expect(await edit.getByRole('textbox', { name: 'Edad mínima' }).inputValue()).toBe('13');
    await edit.getByRole('textbox', { name: 'Edad máxima' }).fill('10');
    await edit.getByRole('button', { name: 'Guardar' }).click();
    await edit.getByRole('alert').waitFor();
    await expectAccessible('service-edit-refused-es-MX');
    await edit.getByRole('textbox', { name: 'Edad máxima' }).fill('');
    await edit.getByRole('textbox', { name: 'Estancia máxima (días)' }).fill('60');
    await edit.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Directorio actualizado.').waitFor();
    await page.getByText('Estancia máxima: 60 días').waitFor();

    await page.getByRole('button', { name: 'Supervisión de Casa del migrante (demostración)' }).click();
    const history = page.getByRole('dialog', { name: 'Supervisión de Casa del migrante (demostración)' });
    await history.getByRole('heading', { name: 'Historial' }).waitFor();
    expect(await history.getByRole('button', { name: 'Registrar supervisión' }).count()).toBe(0);
  });

  test('the commission records a visit to a provider and sees it in the provider’s history', async () => {
    const commission = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.cit.sup.${suffix}`,
      displayName: 'Supervisión de la comisión de prueba',
      agencyCode: 'CIT',
      roles: ['supervisor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, commission);
    await page.goto(new URL('/service-directory', baseUrl).href);
    const open = () =>
      page.getByRole('button', { name: 'Supervisión de Casa del migrante (demostración)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supervisión de Casa del migrante (demostración)' });
    await open();
    await dialog.getByText('No se ha registrado ninguna supervisión de este prestador.').waitFor();
    await dialog.getByRole('textbox', { name: /^Fecha de la acreditación/ }).fill('2999-01-01');
    await dialog.getByRole('button', { name: 'Registrar supervisión' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog.getByRole('textbox', { name: /^Fecha de la acreditación/ }).fill(today());
    await dialog.getByRole('button', { name: 'Registrar supervisión' }).click();
    await page.getByText('Supervisión registrada.').waitFor();
    await page.getByText(`Supervisión: Visitado (${today()})`).waitFor();
    await open();
    await dialog.getByText(`Visitado el ${today()}, registrado por CIT`).waitFor();
    await expectAccessible('provider-monitoring-history-es-MX');
  });

  test('a statistician reads unmet need on a map of the 32 states', async () => {
    const username = `e2e.estadistica.${suffix}`;
    await createAccount(chromium.browser(), baseUrl, {
      username,
      displayName: 'Estadística de prueba',
      agencyCode: 'FEVIMTRA',
      roles: ['statistician'],
    });
    await openBrowser();
    await page.getByLabel('Usuario', { exact: true }).fill(username);
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    await page.goto(new URL('/referrals/coverage-gaps', baseUrl).href);
    const map = page.getByRole('img', { name: /^Necesidades sin atender por estado/ });
    await map.waitFor();
    expect(await map.locator('g[data-state]').count()).toBe(32);
    const puebla = map.locator('g[data-state="PUE"] text');
    expect(await puebla.first().textContent()).toBe('PUE');
    expect(Number(await puebla.nth(1).textContent())).toBeGreaterThanOrEqual(3);
    const row = page.getByRole('row').filter({ hasText: 'Puebla' }).filter({ hasText: 'Asesoría jurídica' });
    expect(await row.first().textContent()).toContain('Todas');
    await expectAccessible('coverage-gap-map-es-MX');
  });
});
