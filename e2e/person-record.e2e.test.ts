import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

// Fresh account and synthetic names, unique to this run, so that searches find only this run's person.
// FEVIMTRA rather than UEITMPO: another file expects UEITMPO's case list to start empty.
const suffix = randomBytes(3).toString('hex');
const letters = suffix.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);
const GIVEN = 'Esperanza';
const SURNAME = `Prueba${letters}`;
const PASSPORT = `GTX${suffix}`.toUpperCase();

describe('the complete person record', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a prosecutor records a person with documents and contacts, edits, corrects and finds them', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.persona.${suffix}`,
      displayName: 'Fiscal de personas',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    page = await chromium.open({
      viewport: { width: 1366, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('button', { name: 'Abrir caso' }).click();
    const openDialog = page.getByRole('dialog', { name: 'Abrir un caso' });
    await openDialog.getByRole('combobox', { name: 'Estado (entidad federativa)' }).fill('Oaxa');
    await page.getByRole('option', { name: 'Oaxaca' }).click();
    await openDialog.getByRole('button', { name: 'Abrir caso' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^ENL-/ });
    await heading.waitFor();
    const reference = (await heading.textContent()) ?? '';

    await page.getByRole('button', { name: 'Agregar persona' }).click();
    const addDialog = page.getByRole('dialog', { name: 'Agregar una persona al caso' });
    await addDialog.getByRole('combobox', { name: 'Sexo' }).click();
    await page.getByRole('option', { name: 'Mujer' }).click();
    await addDialog.getByRole('combobox', { name: 'Género' }).click();
    await page.getByRole('option', { name: 'Mujer trans' }).click();
    await addDialog.getByRole('combobox', { name: '¿Tiene alguna discapacidad?' }).click();
    await page.getByRole('option', { name: 'Sí' }).click();
    await addDialog.getByLabel('Para oír', { exact: true }).check();
    await addDialog.getByLabel('Nombre(s)', { exact: true }).fill(GIVEN);
    await addDialog.getByLabel('Primer apellido', { exact: true }).fill(SURNAME);
    await addDialog.getByRole('combobox', { name: 'Qué se sabe de la fecha de nacimiento' }).click();
    await page.getByRole('option', { name: 'Año y mes' }).click();
    await addDialog.getByLabel('Año y mes de nacimiento', { exact: true }).fill('1994-08');
    await addDialog.getByRole('button', { name: 'Agregar documento' }).click();
    const document = addDialog.getByRole('group', { name: 'Documento 1' });
    await document.getByLabel('País que lo expidió (clave de dos letras)').fill('GT');
    await document.getByLabel('Número', { exact: true }).fill(PASSPORT);
    await addDialog.getByLabel('Teléfono', { exact: true }).fill('+52 951 555 0101');
    await addDialog.getByRole('button', { name: 'Agregar otro contacto' }).click();
    await addDialog
      .getByRole('group', { name: 'Contacto 2' })
      .getByLabel('Correo electrónico')
      .fill(`familia.${suffix}@example.org`);
    await expectAccessible('person-add-complete-es-MX');
    await addDialog.getByRole('button', { name: 'Agregar persona' }).click();
    await addDialog.waitFor({ state: 'hidden' });
    const people = page.getByRole('table', { name: /^Personas registradas en el caso/ });
    await people.getByRole('cell', { name: 'Mujer trans' }).waitFor();

    // A colleague saved first: the edit is refused and the reader is offered a reload.
    await page.route(
      '**/people/*',
      (route) =>
        route.request().method() === 'PATCH'
          ? route.fulfill({
              status: 412,
              contentType: 'application/problem+json',
              json: {
                type: 'about:blank',
                title: 'Otra persona lo modificó',
                status: 412,
                detail: 'El registro cambió desde que lo consultó.',
                code: 'version_conflict',
              },
            })
          : route.fallback(),
      { times: 1 },
    );
    await people.getByRole('button', { name: 'Editar los datos de la persona 1' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Editar los datos de la persona 1' });
    expect(await editDialog.getByLabel('Año de nacimiento', { exact: true }).isDisabled()).toBe(true);
    await editDialog.getByRole('combobox', { name: 'Género' }).click();
    await page.getByRole('option', { name: 'Femenino' }).click();
    await editDialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await editDialog.getByRole('alert').filter({ hasText: 'Otra persona lo modificó' }).waitFor();
    await editDialog.getByRole('button', { name: 'Volver a cargar el caso' }).waitFor();
    await expectAccessible('person-edit-conflict-es-MX');
    await editDialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Los datos de la persona 1 se actualizaron.').waitFor();
    await people.getByRole('cell', { name: 'Femenino', exact: true }).waitFor();

    await people.getByRole('button', { name: 'Ver identidad de la persona 1' }).click();
    const revealDialog = page.getByRole('dialog', { name: 'Ver la identidad de una persona' });
    await revealDialog.getByLabel(/^Motivo de la consulta/).fill('Corregir el nombre según su documento');
    await revealDialog.getByRole('button', { name: 'Ver identidad' }).click();
    const panel = page.getByRole('region', { name: 'Identidad de la persona 1' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(PASSPORT);
    expect(await panel.textContent()).toContain(`familia.${suffix}@example.org`);
    await panel.getByRole('button', { name: 'Corregir la identidad de la persona 1' }).click();
    const correction = page.getByRole('dialog', { name: 'Corregir la identidad de la persona 1' });
    expect(await correction.getByLabel('Año y mes de nacimiento', { exact: true }).inputValue()).toBe(
      '1994-08',
    );
    await correction.getByLabel('Nombre(s)', { exact: true }).fill(`${GIVEN} Guadalupe`);
    await expectAccessible('person-identity-correction-es-MX');
    await correction.getByRole('button', { name: 'Guardar corrección' }).click();
    await page.getByText(/^La identidad de la persona 1 se corrigió/).waitFor();
    await panel.waitFor({ state: 'detached' });

    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos' })
      .click();
    const search = page.getByRole('region', { name: 'Buscar a una persona' });
    await search
      .getByLabel('Dato que busca', { exact: true })
      .fill(`esperanza guadalupe ${SURNAME.toUpperCase()}`);
    await search.getByRole('button', { name: 'Buscar' }).click();
    await search.getByRole('link', { name: reference }).waitFor();
    expect(page.url()).not.toContain(SURNAME);
    await expectAccessible('person-search-es-MX');
    await search.getByRole('combobox', { name: 'Buscar por' }).click();
    await page.getByRole('option', { name: 'Número de pasaporte' }).click();
    await search.getByLabel('Dato que busca', { exact: true }).fill(PASSPORT.toLowerCase());
    // The name search already shows "Personas encontradas: 1": only the passport search's own answer
    // proves that this search found her.
    const [byPassport] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/people/search'),
      search.getByRole('button', { name: 'Buscar' }).click(),
    ]);
    expect(
      (await byPassport.json()).items.map((item: { caseReference: string }) => item.caseReference),
    ).toEqual([reference]);
    await search.getByText('Personas encontradas: 1').waitFor();
    await search.getByLabel('Dato que busca', { exact: true }).fill('NOEXISTE000');
    await search.getByRole('button', { name: 'Buscar' }).click();
    await search
      .getByText('No se encontró a ninguna persona con ese dato en los casos que puede consultar.')
      .waitFor();
  });
});
