import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');

describe('legal track, protection and consent in the case workspace', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  async function choose(page: Page, dialog: Locator, field: string, option: string): Promise<void> {
    await dialog.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function expectAccessible(page: Page, screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a prosecutor records the legal track, sees a stale change refused, and records protection and consent', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.records.${suffix}`,
      displayName: 'Fiscal de registros',
      // FEVIMTRA already has demo cases: this file's case does not change what an empty list test expects.
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    const page = await chromium.open({
      viewport: { width: 1366, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    const api = page.context().request;
    const opened = await api.post(new URL('/api/v1/cases', baseUrl).href, { data: { stateCode: 'CHP' } });
    const caseId: string = (await opened.json()).id;
    for (const role of ['survivor', 'suspect']) {
      await api.post(new URL(`/api/v1/cases/${caseId}/people`, baseUrl).href, { data: { role } });
    }
    await page.goto(`${baseUrl}/cases/${caseId}`);
    const legal = page.getByRole('region', { name: 'Proceso penal' });
    await legal.getByText('Todavía no hay investigaciones registradas.').waitFor();

    await legal.getByRole('button', { name: 'Registrar investigación', exact: true }).click();
    const proceeding = page.getByRole('dialog', { name: 'Investigación y acción penal' });
    await proceeding.getByLabel('Apertura de la investigación').fill('2012-03-01');
    await proceeding.getByRole('button', { name: 'Guardar' }).click();
    await legal.getByRole('heading', { name: /^Investigación 1 · / }).waitFor();

    await legal.getByRole('button', { name: /^Registrar cargo en Investigación 1/ }).click();
    const charge = page.getByRole('dialog', { name: 'Cargo' });
    await choose(page, charge, 'Persona', 'Persona 2 · Persona probable responsable');
    await choose(page, charge, 'Artículo de la Ley General de 2012', 'Art. 22: trabajo o servicios forzados');
    await choose(page, charge, 'Forma de explotación', 'Trabajo o servicios forzados');
    await charge.getByLabel('Fecha del cargo').fill('2012-04-02');
    await charge.getByRole('button', { name: 'Guardar' }).click();
    await legal.getByRole('cell', { name: 'Art. 22: trabajo o servicios forzados' }).waitFor();
    // The track is ahead of the case, which never changes by itself.
    await legal.getByText('El estado del caso no se actualiza solo').waitFor();

    await legal.getByRole('button', { name: 'Registrar sentencia: Cargo 1' }).click();
    const verdict = page.getByRole('dialog', { name: 'Sentencia y pena' });
    await choose(page, verdict, 'Sentido de la sentencia', 'Condenatoria');
    await verdict.getByLabel('Fecha de la resolución').fill('2012-11-20');
    await verdict.getByLabel('Años de prisión').fill('9');
    await verdict.getByLabel('Meses de prisión').fill('12');
    await verdict.getByRole('button', { name: 'Guardar' }).click();
    await verdict.getByText('prisonMonths: meses de 0 a 11').first().waitFor();
    await verdict.getByLabel('Meses de prisión').fill('6');
    await verdict.getByRole('button', { name: 'Guardar' }).click();
    await legal.getByRole('cell', { name: '9 años, 6 meses' }).waitFor();
    await expectAccessible(page, 'case-legal-track-es-MX');

    // A colleague changes the verdict after this page read it.
    const track = await (await api.get(new URL(`/api/v1/cases/${caseId}/legal-track`, baseUrl).href)).json();
    const changed = await api.patch(
      new URL(`/api/v1/cases/${caseId}/verdicts/${track.verdicts[0].id}`, baseUrl).href,
      {
        data: { fineMxn: 5000 },
        headers: { 'if-match': '"1"' },
      },
    );
    expect(changed.status()).toBe(200);
    await legal.getByRole('button', { name: 'Modificar: Sentencia · Cargo 1' }).click();
    const stale = page.getByRole('dialog', { name: 'Sentencia y pena' });
    await stale.getByLabel('Años de prisión').fill('10');
    await stale.getByRole('button', { name: 'Guardar' }).click();
    const conflict = stale.getByRole('alert').filter({ hasText: 'Otra persona lo modificó' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('ahora está en la versión 2');
    await expectAccessible(page, 'case-legal-track-conflict-es-MX');
    await stale.getByRole('button', { name: 'Volver a cargar el caso' }).click();
    await page
      .getByRole('region', { name: 'Proceso penal' })
      .getByRole('cell', { name: '9 años, 6 meses' })
      .waitFor();

    const protection = page.getByRole('region', { name: 'Protección' });
    await protection.getByRole('button', { name: 'Registrar medida' }).click();
    const measure = page.getByRole('dialog', { name: 'Medida de protección' });
    await choose(page, measure, 'Persona', 'Persona 1 · Víctima / persona sobreviviente');
    await choose(page, measure, 'Tipo de medida', 'Regularización migratoria o refugio');
    await choose(page, measure, 'Lo que se solicitó', 'Visa humanitaria');
    await choose(page, measure, 'Estado', 'En trámite');
    await measure.getByLabel('Fecha de solicitud').fill('2012-05-10');
    await measure.getByRole('button', { name: 'Guardar' }).click();
    await protection.getByRole('cell', { name: 'Visa humanitaria' }).waitFor();
    await protection
      .getByText('ningún servicio, refugio ni trámite migratorio depende de su decisión')
      .waitFor();

    const consent = page.getByRole('region', { name: 'Consentimiento' });
    await consent.getByRole('button', { name: 'Registrar consentimiento' }).click();
    const given = page.getByRole('dialog', { name: 'Consentimiento informado' });
    await choose(page, given, 'Persona', 'Persona 1 · Víctima / persona sobreviviente');
    await given.getByLabel('Servicios', { exact: true }).check();
    await given.getByLabel('Refugios', { exact: true }).check();
    await given.getByLabel('Fecha del consentimiento').fill('2012-05-02');
    await given.getByRole('button', { name: 'Guardar' }).click();
    await consent.getByRole('cell', { name: 'Vigente' }).waitFor();
    await consent.getByText('Persona 1: solo en los totales, nunca en desgloses').waitFor();
    await expectAccessible(page, 'case-protection-consent-es-MX');
  });
});
