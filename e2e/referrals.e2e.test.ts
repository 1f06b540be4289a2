import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 900 };
const suffix = randomBytes(3).toString('hex');
const REFUGIO = 'Refugio de una organización de la sociedad civil (demostración)';
const SUSPENDED = 'Albergue suspendido tras una visita (demostración)';

describe('referring a survivor to a service', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;
  let provider: Account;

  async function openBrowser(): Promise<void> {
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  /** The case and its survivor through the API as the signed-in page (the people screens have their own tests). */
  async function caseWithConsentingSurvivor(): Promise<string> {
    const api = (path: string, data: unknown) => page.request.post(new URL(path, baseUrl).href, { data });
    const opened = await (await api('/api/v1/cases', { stateCode: 'CMX' })).json();
    const person = await api(`/api/v1/cases/${opened.id}/people`, {
      role: 'survivor',
      sex: 'female',
      birthYear: 1996,
      needs: ['shelter'],
    });
    expect(person.status()).toBe(201);
    const personId = (await person.json()).id;
    const consent = await api(`/api/v1/cases/${opened.id}/consents`, {
      personId,
      scopes: ['services'],
      recipientAgencyCodes: ['OSC-REFUGIO', 'OSC-ALBERGUE-PUE'],
      givenOn: '2026-01-20',
    });
    expect(consent.status()).toBe(201);
    return opened.id;
  }

  test('a case worker matches a survivor, refers her to a shelter, and is stopped at a suspended one', async () => {
    const sender = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.canaliza.${suffix}`,
      displayName: 'Trabajadora social de prueba',
      agencyCode: 'FGE-PUE',
      roles: ['case_worker'],
    });
    // Created now, so that the referral reaches this account as a notification.
    provider = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.refugio.${suffix}`,
      displayName: 'Personal de refugio de prueba',
      agencyCode: 'OSC-REFUGIO',
      roles: ['shelter_staff'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, sender);
    const caseId = await caseWithConsentingSurvivor();
    await page.goto(new URL(`/cases/${caseId}`, baseUrl).href);
    const panel = page.getByRole('region', { name: 'Canalizaciones' });
    await panel.getByText('Este caso no tiene canalizaciones.').waitFor();
    await panel.getByRole('combobox', { name: 'Persona sobreviviente' }).click();
    await page.getByRole('option', { name: 'Persona 1' }).click();
    await panel.getByRole('button', { name: 'Buscar servicios' }).click();
    const ranked = panel.getByRole('list', {
      name: 'Servicios elegibles, del más adecuado al menos adecuado',
    });
    await ranked.getByText(`Refugio · ${REFUGIO}`).waitFor();
    await panel.getByText('Prestador suspendido').waitFor();
    expect(await panel.textContent()).toContain('Atiende de 0 a 12 años; la persona tiene');
    await expectAccessible('referral-matches-es-MX');

    await panel.getByRole('button', { name: `Canalizar a Refugio (${SUSPENDED})` }).click();
    const blocked = page.getByRole('dialog', { name: 'Canalizar a un servicio' });
    await blocked.getByRole('button', { name: 'Canalizar', exact: true }).click();
    await blocked.getByText('Prestador sin supervisión').waitFor();
    await expectAccessible('referral-blocked-suspended-es-MX');
    await blocked.getByRole('button', { name: 'Cancelar' }).click();
    await blocked.waitFor({ state: 'hidden' });

    await panel.getByRole('button', { name: `Canalizar a Refugio (${REFUGIO})` }).click();
    const refer = page.getByRole('dialog', { name: 'Canalizar a un servicio' });
    await refer.getByRole('combobox', { name: 'Urgencia' }).click();
    await page.getByRole('option', { name: 'Urgente' }).click();
    await refer.getByRole('button', { name: 'Canalizar', exact: true }).click();
    await page.getByText(`Canalización enviada a ${REFUGIO}.`).waitFor();
    const table = panel.getByRole('table', { name: 'Canalizaciones' });
    await table.getByText('Enviada').waitFor();
    expect(await table.textContent()).not.toContain(SUSPENDED);
  });

  test('the shelter finds it in its inbox without the case, accepts, starts and completes it', async () => {
    await openBrowser();
    await signInAndEnrolInSpanish(page, provider);
    await page.getByRole('button', { name: 'Notificaciones: 1 sin leer' }).click();
    await page.getByRole('menuitem', { name: /^FGE-PUE le canalizó a una persona sobreviviente/ }).click();
    await page.getByRole('heading', { name: 'Canalizaciones', level: 1 }).waitFor();
    const received = page.getByRole('table', { name: 'Recibidas' });
    const row = received.getByRole('row').filter({ hasText: 'FGE-PUE' });
    expect(await row.textContent()).toContain(`Mujer, ${new Date().getUTCFullYear() - 1996}`);
    await expectAccessible('referral-inbox-es-MX');
    const act = async (move: string, status: string) => {
      await row.getByRole('button', { name: `${move}: Refugio de la sociedad civil` }).click();
      await row.getByText(status, { exact: true }).waitFor();
    };
    await act('Aceptar', 'Aceptada');
    await act('Iniciar servicio', 'Servicio iniciado');
    await act('Concluir', 'Concluida');
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await page.content()).not.toContain('/cases/');

    await page.getByRole('link', { name: 'Directorio de servicios' }).click();
    await page.getByRole('heading', { name: 'Directorio de servicios', level: 1 }).waitFor();
    await page.getByText('Supervisión: Suspendido (2026-02-10)').waitFor();
    await page.getByText('No puede salir sin acompañamiento').first().waitFor();
    await expectAccessible('service-directory-es-MX');
  });

  test('a shelter supervisor keeps its places current and adds a service; impossible figures are refused', async () => {
    const supervisor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.refugio.sup.${suffix}`,
      displayName: 'Supervisión de refugio de prueba',
      agencyCode: 'OSC-REFUGIO',
      roles: ['supervisor'],
    });
    await openBrowser();
    await signInAndEnrolInSpanish(page, supervisor);
    await page.goto(new URL('/service-directory', baseUrl).href);
    await page.getByRole('button', { name: 'Actualizar lugares de Refugio de la sociedad civil' }).click();
    const places = page.getByRole('dialog', { name: 'Lugares de Refugio de la sociedad civil' });
    await places.getByRole('textbox', { name: 'Lugares ocupados' }).fill('16');
    await places.getByRole('button', { name: 'Guardar' }).click();
    await places.getByRole('alert').waitFor();
    await places.getByRole('textbox', { name: 'Lugares ocupados' }).fill('10');
    await places.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Directorio actualizado.').waitFor();
    await page.getByText('10 de 15 lugares ocupados').waitFor();

    await page.getByRole('button', { name: `Agregar un servicio de ${REFUGIO}` }).click();
    const add = page.getByRole('dialog', { name: 'Agregar un servicio' });
    await add.getByRole('combobox', { name: 'Tipo de servicio' }).click();
    await page.getByRole('option', { name: 'Asesoría jurídica' }).click();
    await add.getByRole('textbox', { name: 'Nombre del servicio' }).fill('Asesoría jurídica gratuita');
    await add.getByRole('combobox', { name: 'Estados que atiende' }).click();
    await page.getByRole('option', { name: 'Ciudad de México' }).click();
    // Moving focus closes the list of states, as a person would before saving.
    await add.getByRole('textbox', { name: 'Nombre del servicio' }).click();
    await expectAccessible('service-directory-add-es-MX');
    await add.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Asesoría jurídica · Asesoría jurídica gratuita').waitFor();
  });
});
