import { randomBytes } from 'node:crypto';
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
});
