import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 375, height: 812 };
// Fresh accounts, so that this file neither depends on nor spends the demo accounts' first sign-in. They work
// at INM, whose case list no other browser test expects to be empty: migration officers screen at intake.
const suffix = randomBytes(3).toString('hex');

const CHILD_INSTRUMENT = 'Tamizaje para niñas, niños y adolescentes';
const AGE_QUESTION = '¿Cuántos años tienes? Si no sabes bien, dime cuántos crees.';
const CHILD_NO_MEANS =
  'La persona es menor de 18 años: para niñas, niños y adolescentes no hace falta acreditar medios comisivos.';

describe('screening a person of a case', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  let page: Page;
  let caseAddress = '';

  async function signIn(account: { username: string; displayName: string; roles: string[] }) {
    const created = await createAccount(chromium.browser(), baseUrl, { ...account, agencyCode: 'INM' });
    page = await chromium.open({ viewport: DESKTOP, locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.goto(baseUrl);
    await signInAndEnrolInSpanish(page, created);
  }

  async function expectAccessible(screenshot: string): Promise<void> {
    await saveScreenshot(page, screenshot);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  }

  async function answer(choice: 'Sí' | 'No' | 'Prefiero no responder / No se sabe', next = 'Siguiente') {
    await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: next }).click();
  }

  const progressHeading = (position: number) =>
    page.getByRole('heading', { level: 2, name: `Pregunta ${position} de 10` });

  test('on a phone, one question at a time, resumed after a reload, ends in trafficking indicated for a 16-year-old and is kept on the case', async () => {
    await signIn({
      username: `e2e.tamizaje.${suffix}`,
      displayName: 'Agente de migración',
      roles: ['intake_officer'],
    });
    // The case and its person come from the API: the cases test covers those screens.
    const opened = await page.request.post(`${baseUrl}/api/v1/cases`, { data: { stateCode: 'PUE' } });
    const caseId = (await opened.json()).id as string;
    const added = await page.request.post(`${baseUrl}/api/v1/cases/${caseId}/people`, {
      data: { role: 'survivor', birthYear: 2009 },
    });
    expect(added.status()).toBe(201);
    caseAddress = `${baseUrl}/cases/${caseId}`;

    await page.setViewportSize(PHONE);
    await page.goto(caseAddress);
    const screenings = page.getByRole('region', { name: 'Tamizaje' });
    await screenings.getByText('Todavía no se ha guardado ningún tamizaje en este caso.').waitFor();
    await screenings.getByRole('link', { name: 'Iniciar tamizaje' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tamizaje' }).waitFor();
    await page.getByRole('radio', { name: CHILD_INSTRUMENT }).check();
    expect(await page.getByRole('radio', { name: 'Corta (10 preguntas)' }).isChecked()).toBe(true);
    await expectAccessible('screening-setup-375-es-MX');
    await page.getByRole('button', { name: 'Continuar' }).click();

    await page.getByRole('heading', { level: 2, name: 'Antes de empezar' }).waitFor();
    await page.getByText(/No estás en problemas/).waitFor();
    await page.getByRole('button', { name: 'Empezar las preguntas' }).click();

    await progressHeading(1).waitFor();
    await page.getByLabel(AGE_QUESTION).fill('16');
    await expectAccessible('screening-question-age-375-es-MX');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    await progressHeading(2).waitFor();
    // One question on the screen, its progress announced, and nothing wider than the phone.
    expect(await page.getByRole('radiogroup').count()).toBe(1);
    expect(await page.getByLabel(AGE_QUESTION).count()).toBe(0);
    await page.getByRole('progressbar', { name: 'Pregunta 2 de 10' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expectAccessible('screening-question-375-es-MX');
    await answer('Sí');
    await progressHeading(3).waitFor();
    await answer('Prefiero no responder / No se sabe');
    await progressHeading(4).waitFor();

    // The tab keeps ids and answers only, under a key of case, person and instrument.
    const stored = await page.evaluate<Record<string, string>>('({ ...sessionStorage })');
    const draftKeys = Object.keys(stored).filter((key) => key.startsWith('enlace.screening-draft:'));
    expect(draftKeys).toEqual([
      expect.stringMatching(new RegExp(`:${caseId}:[0-9a-f-]{36}:children\\.short$`)),
    ]);
    expect(JSON.parse(stored[draftKeys[0]!]!)).toEqual({
      version: '1.0.0',
      index: 3,
      answers: { 'child.age': 16, 'child.recruitment': 'yes', 'child.transportation': 'skip' },
    });

    await page.reload();
    const unfinished = page.getByRole('region', { name: 'Tamizajes sin terminar' });
    await unfinished
      .getByText(`Persona 1 · ${CHILD_INSTRUMENT} (versión corta) · 3 de 10 preguntas respondidas`)
      .waitFor();
    await expectAccessible('screening-resume-375-es-MX');
    await unfinished.getByRole('button', { name: 'Continuar el tamizaje de la persona 1' }).click();
    await progressHeading(4).waitFor();
    await page.getByRole('button', { name: 'Anterior' }).click();
    await progressHeading(3).waitFor();
    expect(await page.getByRole('radio', { name: 'Prefiero no responder / No se sabe' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Anterior' }).click();
    await progressHeading(2).waitFor();
    expect(await page.getByRole('radio', { name: 'Sí', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Anterior' }).click();
    await progressHeading(1).waitFor();
    expect(await page.getByLabel(AGE_QUESTION).inputValue()).toBe('16');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('button', { name: 'Siguiente' }).click();

    await progressHeading(4).waitFor();
    await answer('No');
    await progressHeading(5).waitFor();
    await answer('Sí');
    for (const position of [6, 7, 8, 9]) {
      await progressHeading(position).waitFor();
      await answer('No');
    }
    await progressHeading(10).waitFor();
    await answer('Prefiero no responder / No se sabe', 'Ver resultado');

    await page.getByRole('heading', { level: 2, name: 'Resultado del tamizaje' }).waitFor();
    await page.getByText('Indicios de trata de personas', { exact: true }).waitFor();
    const main = page.locator('main');
    await main.getByText(CHILD_NO_MEANS).waitFor();
    expect(await main.textContent()).toContain('No se requieren: la persona es menor de 18 años');
    expect(await main.textContent()).toContain('explotación sexual');
    expect(await main.textContent()).toContain('nunca sustituye, la decisión de identificación');
    await expectAccessible('screening-result-375-es-MX');

    await page.getByRole('button', { name: 'Guardar en el caso' }).click();
    await page.getByText('El tamizaje se guardó en el caso.').waitFor();
    const afterSaving = await page.evaluate<string[]>('Object.keys(sessionStorage)');
    expect(afterSaving.filter((key) => key.startsWith('enlace.screening-draft:'))).toEqual([]);
    await page.getByRole('link', { name: 'Volver al caso' }).last().click();

    await page.setViewportSize(DESKTOP);
    const kept = page.getByRole('table', { name: 'Tamizajes guardados en el caso' });
    const row = kept.getByRole('row', { name: /^Persona 1/ });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('Indicios de trata de personas');
    expect(rowText).toContain(`${CHILD_INSTRUMENT} (versión corta), versión 1.0.0`);
    expect(rowText).toContain('Agente de migración (INM)');
    await expectAccessible('case-screenings-es-MX');
  });

  test('a supervisor records the identification decision, which the screening only informs', async () => {
    expect(caseAddress).not.toBe('');
    await signIn({
      username: `e2e.supervision.tamizaje.${suffix}`,
      displayName: 'Supervisión de migración',
      roles: ['supervisor'],
    });
    await page.goto(caseAddress);
    const people = page.getByRole('table', { name: /^Personas registradas en el caso/ });
    await people.getByRole('cell', { name: /Sin decisión/ }).waitFor();
    await people.getByRole('button', { name: 'Decidir la identificación de la persona 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Decisión de identificación' });
    await dialog.getByText(/El tamizaje orienta esta decisión, pero no la sustituye/).waitFor();
    await dialog.getByRole('button', { name: 'Registrar decisión' }).click();
    await dialog.getByText('Elija el estado de identificación.').waitFor();
    await dialog.getByRole('radio', { name: 'Posible víctima' }).check();
    await dialog
      .getByLabel(/^Motivo de la decisión/)
      .fill('Tamizaje con indicios de trata y entrevista inicial');
    await expectAccessible('identification-decision-es-MX');
    await dialog.getByRole('button', { name: 'Registrar decisión' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Se registró la decisión de identificación.').waitFor();
    const decided = people.getByRole('cell', { name: /Posible víctima/ });
    await decided.waitFor();
    expect(await decided.textContent()).toContain('Supervisión de migración (INM)');
    await expectAccessible('case-identification-es-MX');
  });
});
