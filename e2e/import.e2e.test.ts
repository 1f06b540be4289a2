import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');

const bundle = (...records: unknown[]) =>
  Buffer.from(
    `${[{ type: 'enlace-bundle', version: 1 }, ...records].map((record) => JSON.stringify(record)).join('\n')}\n`,
  );

const CASE = {
  type: 'case',
  id: `e2e-${suffix}`,
  stateCode: 'CHP',
  municipality: 'Tapachula',
  openedOn: '2012-04-02',
};
const PERSON = { type: 'person', id: `e2e-${suffix}-p1`, case: CASE.id, role: 'survivor', birthYear: 1997 };

const HTCDS_HEADER =
  'enlace_CaseId,enlace_CaseState,enlace_CaseMunicipality,enlace_CaseOpenedOn,enlace_PersonId,prs_Gender,enlace_BirthYear';
const htcdsCsv = (...genders: string[]) =>
  Buffer.from(
    [
      HTCDS_HEADER,
      ...genders.map((gender, index) =>
        [
          `csv-${suffix}`,
          'OAX',
          'Juchitán de Zaragoza',
          '2013-05-06',
          `csv-${suffix}-p${index}`,
          gender,
          '1999',
        ].join(','),
      ),
    ].join('\r\n'),
  );

describe('importing a file', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  test('a file with a bad row is refused whole with the row named; the corrected file is imported', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.importa.${suffix}`,
      displayName: 'Fiscal que importa',
      agencyCode: 'FGE-PUE',
      roles: ['prosecutor'],
    });
    const page = await chromium.open({
      viewport: { width: 1280, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('link', { name: 'Importar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importar registros' }).waitFor();

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'carpetas.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: bundle(CASE, { ...PERSON, sex: 'desconocido' }),
    });
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    await page.getByRole('alert').filter({ hasText: 'Importación rechazada' }).waitFor();
    const rejects = page.getByRole('table', { name: 'Una línea rechazada' });
    const row = rejects.getByRole('row').nth(1);
    expect(await row.textContent()).toContain('3');
    expect(await row.textContent()).toContain('sex');
    expect(await page.locator('main').textContent()).not.toContain('desconocido');
    await saveScreenshot(page, 'import-rejected-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await fileInput.setInputFiles({
      name: 'carpetas.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: bundle(CASE, { ...PERSON, sex: 'female' }),
    });
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Importación terminada' });
    await done.waitFor();
    expect(await done.textContent()).toContain('1 casos y 1 personas nuevas');
    await saveScreenshot(page, 'import-done-es-MX');

    await page.goto(`${baseUrl}/cases?stateCode=CHP`);
    await page.getByRole('cell', { name: /Tapachula/ }).waitFor();
  });

  test('an HTCDS CSV with a bad row is refused with the row and column named; the corrected CSV is imported', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.importacsv.${suffix}`,
      displayName: 'Fiscal que importa CSV',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    const page = await chromium.open({
      viewport: { width: 1280, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, prosecutor);
    await page.goto(`${baseUrl}/cases/import`);
    await page.getByRole('heading', { level: 1, name: 'Importar registros' }).waitFor();

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({
      name: 'victimas-htcds.csv',
      mimeType: 'text/csv',
      buffer: htcdsCsv('Feminine', 'Mujer'),
    });
    // The extension chose the format.
    expect(await page.getByRole('radio', { name: 'CSV de HTCDS (OIM)' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    await page.getByRole('alert').filter({ hasText: 'Importación rechazada' }).waitFor();
    const rejects = page.getByRole('table', { name: 'Una fila rechazada' });
    expect(await rejects.getByRole('columnheader').allTextContents()).toEqual([
      'Fila',
      'Identificador',
      'Columna',
      'Motivo',
    ]);
    const row = rejects.getByRole('row').nth(1);
    expect(await row.getByRole('cell').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('prs_Gender');
    expect(await page.locator('main').textContent()).not.toContain('Mujer');
    await saveScreenshot(page, 'import-csv-rejected-es-MX');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/cases?stateCode=OAX`);
    // The list has loaded once a status with words replaces the spinner: nothing of the file is there.
    await page.getByRole('status').filter({ hasText: /\w/ }).first().waitFor();
    expect(await page.getByRole('cell', { name: /Juchitán/ }).count()).toBe(0);

    await page.goto(`${baseUrl}/cases/import`);
    await fileInput.setInputFiles({
      name: 'victimas-htcds.csv',
      mimeType: 'text/csv',
      buffer: htcdsCsv('Feminine', 'Masculine'),
    });
    await page.getByRole('button', { name: 'Importar archivo' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Importación terminada' });
    await done.waitFor();
    expect(await done.textContent()).toContain('1 casos y 2 personas nuevas');

    await page.goto(`${baseUrl}/cases?stateCode=OAX`);
    await page.getByRole('cell', { name: /Juchitán/ }).waitFor();

    // The same agency's cases leave again as an HTCDS CSV, without identities.
    await page.getByRole('button', { name: 'Exportar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportar los casos de su institución' });
    await dialog.getByRole('radio', { name: 'CSV de HTCDS (OIM)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Descargar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^enlace-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = await readFile(await download.path(), 'utf8');
    expect(exported.split(/\r?\n/)[0]).toContain('enlace_CaseId');
    expect(exported).toContain(`csv-${suffix}-p1`);
  });
});
