import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 800 };
const suffix = randomBytes(3).toString('hex');
const FEVIMTRA_NAME =
  'Fiscalía Especial para los Delitos de Violencia contra las Mujeres y Trata de Personas (demostración)';

describe('jurisdiction and transfers between authorities', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;
  let federal: Account;
  let caseAddress = '';

  async function openBrowser(): Promise<void> {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a state prosecutor decides jurisdiction on a case and asks the federal authority to take it over', async () => {
    const state = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.fiscal.pue.${suffix}`,
      displayName: 'Fiscal de Puebla de prueba',
      agencyCode: 'FGE-PUE',
      roles: ['prosecutor'],
    });
    // Created now, so that the request reaches this account as a notification.
    federal = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.fiscal.fev.${suffix}`,
      displayName: 'Fiscal federal de prueba',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, state);
    await page.goto(new URL('/cases', baseUrl).href);
    await page.getByRole('button', { name: 'Abrir caso' }).click();
    const openDialog = page.getByRole('dialog', { name: 'Abrir un caso' });
    await openDialog.getByRole('combobox', { name: 'Estado (entidad federativa)' }).fill('Pueb');
    await page.getByRole('option', { name: 'Puebla' }).click();
    await openDialog.getByRole('button', { name: 'Abrir caso' }).click();
    await page.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();
    caseAddress = page.url();

    const panel = page.getByRole('region', { name: 'Competencia' });
    await panel.getByText('Aún no se ha decidido la competencia de este caso.').waitFor();
    await panel.getByRole('button', { name: 'Decidir la competencia' }).click();
    const decide = page.getByRole('dialog', { name: 'Decidir la competencia a partir de los hechos' });
    const answer = (question: string, choice: string) =>
      decide.getByRole('radiogroup', { name: question }).getByLabel(choice, { exact: true }).check();
    await answer('¿El caso es transnacional?', 'No');
    await answer('¿Hay delincuencia organizada?', 'No');
    await answer('¿Ocurrió en territorio de administración federal?', 'No');
    await answer('¿Hay servidores públicos señalados?', 'Sí');
    await decide.getByLabel('Número de personas probables responsables', { exact: true }).fill('1');
    await expectAccessible('jurisdiction-decide-es-MX');
    await decide.getByRole('button', { name: 'Decidir', exact: true }).click();
    await decide.waitFor({ state: 'hidden' });
    await panel.getByRole('heading', { name: 'Corresponde al fuero federal: FEVIMTRA' }).waitFor();
    await panel.getByText(/^Hay señalamientos contra servidores públicos/).waitFor();
    expect(await panel.textContent()).toContain('Tiempo sin determinar');

    await panel.getByRole('button', { name: 'Solicitar transferencia' }).click();
    const transfer = page.getByRole('dialog', { name: 'Solicitar que otra autoridad tome el caso' });
    await transfer.getByRole('combobox', { name: 'Autoridad competente' }).click();
    await page.getByRole('option', { name: /\(FEVIMTRA\)$/ }).click();
    await transfer
      .getByLabel(/^Motivo/)
      .fill('Hay un servidor público señalado: corresponde al fuero federal');
    await expectAccessible('jurisdiction-transfer-request-es-MX');
    await transfer.getByRole('button', { name: 'Solicitar transferencia' }).click();
    await page.getByText('Se envió la solicitud de transferencia a FEVIMTRA.').waitFor();
    await panel.getByText('Transferencia en curso').waitFor();
    expect(await panel.textContent()).toMatch(/Quedan (2 días y 23 horas|3 días)/);
    await expectAccessible('jurisdiction-panel-es-MX');
  });

  test('a prosecutor of the federal authority finds the request in the inbox, accepts it and owns the case', async () => {
    expect(caseAddress).not.toBe('');
    await openBrowser();
    await signInAndEnrolInSpanish(page, federal);
    const bell = page.getByRole('button', { name: 'Notificaciones: 1 sin leer' });
    await bell.click();
    await page.getByRole('menuitem', { name: /^FGE-PUE solicita que FEVIMTRA tome un caso\./ }).waitFor();
    await expectAccessible('notifications-es-MX');
    await page.getByRole('menuitem', { name: /^FGE-PUE solicita que FEVIMTRA tome un caso\./ }).click();
    await page.getByRole('heading', { name: 'Transferencias entre autoridades', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Notificaciones', exact: true }).waitFor();

    const received = page.getByRole('table', {
      name: 'Solicitudes de transferencia recibidas por su institución',
    });
    const caseId = new URL(caseAddress).pathname.split('/').pop()!;
    const row = received.getByRole('row').filter({ hasText: `Caso ${caseId.slice(0, 8)}` });
    expect(await row.textContent()).toContain('Pendiente');
    expect(await row.textContent()).toMatch(/Quedan/);
    await expectAccessible('transfer-inbox-es-MX');
    await row.getByRole('button', { name: /^Aceptar la solicitud de FGE-PUE/ }).click();
    const accept = page.getByRole('dialog', { name: 'Aceptar la transferencia' });
    await accept.getByRole('button', { name: 'Aceptar el caso' }).click();
    await page.getByText('Su institución es ahora la autoridad responsable del caso.').waitFor();
    await row.getByText('Aceptada').waitFor();

    await page.getByRole('link', { name: 'Abrir el caso' }).click();
    await page.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();
    const summary = page.getByRole('region', { name: 'Resumen del caso' });
    expect(await summary.textContent()).toContain(`${FEVIMTRA_NAME} (FEVIMTRA)`);
    const panel = page.getByRole('region', { name: 'Competencia' });
    await panel.getByText(`${FEVIMTRA_NAME} (FEVIMTRA)`).waitFor();
    expect(await panel.textContent()).not.toContain('Transferencia en curso');
    await expectAccessible('jurisdiction-new-owner-es-MX');
  });
});
