import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const VIEWPORT = { width: 1366, height: 800 };
const suffix = randomBytes(3).toString('hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('notes and files on a case', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  test('a prosecutor writes a note, is told when someone changed it first, attaches a PDF and downloads it', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.notas.${suffix}`,
      displayName: 'Fiscal de notas',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    page = await chromium.open({ viewport: VIEWPORT, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    const opened = await (
      await page.request.post(new URL('/api/v1/cases', baseUrl).href, { data: { stateCode: 'PUE' } })
    ).json();
    await page.goto(new URL(`/cases/${opened.id}`, baseUrl).href);
    const section = page.getByRole('region', { name: 'Notas y archivos' });
    await section.getByText('Sin notas').waitFor();

    await section.getByRole('button', { name: 'Escribir una nota' }).click();
    const dialog = page.getByRole('dialog', { name: 'Escribir una nota' });
    await dialog.getByRole('button', { name: 'Guardar nota' }).click();
    await dialog.getByText('Este dato es obligatorio.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Nota' })
      .fill('La sobreviviente pidió hablar con su consulado.');
    await expectAccessible('note-dialog-es-MX');
    await dialog.getByRole('button', { name: 'Guardar nota' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('La sobreviviente pidió hablar con su consulado.').waitFor();
    expect(await section.getByRole('article').textContent()).toContain('Servicios (necesidades)');

    // Someone else changes the note while it is on screen: saving over version 1 must be refused.
    const notesUrl = new URL(`/api/v1/cases/${opened.id}/notes`, baseUrl).href;
    const [note] = (await (await page.request.get(notesUrl)).json()).items;
    const changed = await page.request.patch(`${notesUrl}/${note.id}`, {
      data: { text: 'Versión de otra persona.' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status()).toBe(200);
    await section.getByRole('article').getByRole('button', { name: 'Modificar' }).click();
    const edit = page.getByRole('dialog', { name: 'Cambiar la nota' });
    await edit.getByRole('textbox', { name: 'Nota' }).fill('Mi corrección.');
    await edit.getByRole('button', { name: 'Guardar cambios' }).click();
    await edit.getByText('Otra persona lo modificó').waitFor();
    await edit.getByRole('button', { name: 'Volver a cargar el caso' }).click();
    const reloaded = page.getByRole('region', { name: 'Notas y archivos' });
    await reloaded.getByText('Versión de otra persona.').waitFor();

    await reloaded.locator('input[type=file]').setInputFiles({
      name: 'constancia.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await section.getByRole('button', { name: 'Adjuntar' }).click();
    await section.getByText('Archivo adjuntado.').waitFor();
    await section.getByRole('cell', { name: 'constancia.pdf', exact: true }).waitFor();
    await expectAccessible('case-files-es-MX');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Descargar constancia.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('constancia.pdf');
    expect(await readFile(await download.path())).toEqual(PDF);
  });
});
