import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Account, codeFor, createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');
// Synthetic identifying markers: the extract fails the test if any of them reaches it.
const MARKERS = {
  givenNames: `Marcadorina ${suffix}`,
  firstSurname: 'Apellidoextracto',
  curp: 'MAXM310704MZSRRR04',
  municipality: 'Municipiomarcador',
  caseId: `extracto-${suffix}`,
  personId: `extracto-${suffix}-p1`,
};
const VIEWPORT = { width: 1280, height: 900 };

const plantedBundle = () =>
  [
    { type: 'enlace-bundle', version: 1 },
    {
      type: 'case',
      id: MARKERS.caseId,
      stateCode: 'ZAC',
      municipality: MARKERS.municipality,
      openedOn: '2013-06-10',
    },
    {
      type: 'person',
      id: MARKERS.personId,
      case: MARKERS.caseId,
      role: 'survivor',
      sex: 'female',
      birthYear: 1931,
      nationality: 'SV',
      identity: { givenNames: MARKERS.givenNames, firstSurname: MARKERS.firstSurname, curp: MARKERS.curp },
    },
    {
      type: 'consent',
      id: `extracto-${suffix}-c1`,
      case: MARKERS.caseId,
      person: MARKERS.personId,
      scopes: ['statistics'],
      givenOn: '2013-06-11',
    },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');

/** The prosecutor's API session, enrolled in a second factor as the web app would, imports the case. */
async function prosecutorImports(browser: Browser, baseUrl: string, account: Account) {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const api = context.request;
    await api.post('/api/v1/session', { data: account });
    const { manualKey } = await (await api.post('/api/v1/session/mfa/enrolment')).json();
    await api.post('/api/v1/session/mfa/enrolment/confirmation', {
      data: { code: await codeFor(manualKey) },
    });
    const imported = await api.post('/api/v1/imports', {
      headers: { 'content-type': 'application/x-ndjson' },
      data: plantedBundle(),
    });
    expect(imported.status(), await imported.text()).toBe(200);
  } finally {
    await context.close();
  }
}

describe('the statistical extract', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  test('a statistician downloads a de-identified extract; a prosecutor is offered none', async () => {
    const account = (username: string, agencyCode: string, roles: string[]) =>
      createAccount(chromium.browser(), baseUrl, {
        username: `${username}.${suffix}`,
        displayName: username,
        agencyCode,
        roles,
      });
    const importer = await account('e2e.extracto.importa', 'FEVIMTRA', ['prosecutor']);
    const prosecutor = await account('e2e.extracto.fiscal', 'FEVIMTRA', ['prosecutor']);
    const statistician = await account('e2e.extracto.estadistica', 'INM', ['statistician']);
    await prosecutorImports(chromium.browser(), baseUrl, importer);

    const page = await chromium.open({
      viewport: VIEWPORT,
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    // Statisticians read no case: no second factor is asked of them.
    await page.getByLabel('Usuario', { exact: true }).fill(statistician.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(statistician.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Extracto estadístico' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Extracto estadístico' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('No contiene nombres, CURP');

    const purpose = page.getByRole('textbox', { name: 'Finalidad' });
    await purpose.fill('Anuario 2025');
    await page.getByRole('button', { name: 'Descargar extracto' }).click();
    await page.getByText('Escriba una finalidad de 3 a 63 caracteres').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await purpose.fill(`estudio_${suffix}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar extracto' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`enlace-extracto-estudio_${suffix}.jsonl`);
    const extract = await readFile(await download.path(), 'utf8');
    const lines = extract
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'enlace-statistical-extract', purpose: `estudio_${suffix}` });
    // Her line is in it, without what identifies her, and so is her consent, linked by pseudonyms.
    const survivor = lines.find((line) => line.type === 'person' && line.birthYear === 1931);
    expect(survivor).toMatchObject({ role: 'survivor', nationality: 'SV' });
    expect(lines).toContainEqual(
      expect.objectContaining({
        type: 'consent',
        case: survivor.case,
        person: survivor.id,
        scopes: ['statistics'],
        givenYear: 2013,
      }),
    );
    for (const marker of Object.values(MARKERS)) expect(extract).not.toContain(marker);
    expect(extract).not.toContain(MARKERS.givenNames.split(' ')[0]);
    await saveScreenshot(page, 'statistical-extract-es-MX');

    await page.getByRole('radio', { name: 'CSV de HTCDS (OIM)' }).check();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar extracto' }).click(),
    ]);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toContain('enlace_CaseId');
    for (const marker of Object.values(MARKERS)) expect(csv).not.toContain(marker);

    await page.getByRole('button', { name: /^Menú de usuario/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Statistical extract' }).waitFor();
    await page.getByRole('textbox', { name: 'Purpose' }).fill('x');
    await page.getByRole('button', { name: 'Download extract' }).click();
    await page.getByText('Enter a purpose of 3 to 63 characters').waitFor();
    await saveScreenshot(page, 'statistical-extract-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.close();

    // A prosecutor is offered no extract, and its address is no page of theirs.
    const prosecutorPage = await chromium.open({
      viewport: VIEWPORT,
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await prosecutorPage.goto(baseUrl);
    await signInAndEnrolInSpanish(prosecutorPage, prosecutor);
    const navigation = prosecutorPage.getByRole('navigation', { name: 'Navegación principal' });
    await navigation.getByRole('link', { name: 'Casos' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Extracto estadístico' }).count()).toBe(0);
    await prosecutorPage.goto(`${baseUrl}/statistics/extract`);
    await prosecutorPage.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
    expect(await prosecutorPage.getByRole('button', { name: 'Descargar extracto' }).count()).toBe(0);
  });
});
