import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');

describe('two officers editing one case', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  async function changeStatus(page: Page, status: string): Promise<void> {
    await page.getByRole('button', { name: 'Cambiar estado procesal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cambiar el estado procesal' });
    await dialog.getByRole('combobox', { name: 'Nuevo estado procesal' }).click();
    await page.getByRole('option', { name: status, exact: true }).click();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
  }

  test('the second save is refused with the conflict shown, and the history says who changed what', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.version.${suffix}`,
      displayName: 'Fiscal de versiones',
      agencyCode: 'FEVIMTRA',
      roles: ['prosecutor'],
    });
    const first = await chromium.open({
      viewport: { width: 1280, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await first.goto(baseUrl);
    await signInAndEnrolInSpanish(first, prosecutor);
    await first.goto(`${baseUrl}/cases`);
    await first.getByRole('button', { name: 'Abrir caso' }).click();
    const openDialog = first.getByRole('dialog', { name: 'Abrir un caso' });
    await openDialog.getByRole('combobox', { name: 'Estado (entidad federativa)' }).fill('Chiap');
    await first.getByRole('option', { name: 'Chiapas' }).click();
    await openDialog.getByRole('button', { name: 'Abrir caso' }).click();
    await first.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();

    // The same case open in a second tab, as a colleague at another desk would have it.
    const second = await chromium.context().newPage();
    await second.goto(first.url());
    await second.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();

    await changeStatus(first, 'Investigación');
    const summary = first.getByRole('region', { name: 'Resumen del caso' });
    await summary.getByText('Investigación', { exact: true }).waitFor();

    await changeStatus(second, 'Cerrado');
    const conflict = second.getByRole('alert').filter({ hasText: 'Otra persona lo modificó' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('ahora está en la versión 2');
    await saveScreenshot(second, 'case-version-conflict-es-MX');
    expect(await findAccessibilityViolations(second)).toEqual([]);
    await second.getByRole('button', { name: 'Volver a cargar el caso' }).click();
    await second.getByRole('heading', { level: 1, name: /^ENL-/ }).waitFor();
    // The reload shows the colleague's change, which the refused save did not overwrite.
    await second
      .getByRole('region', { name: 'Resumen del caso' })
      .getByText('Investigación', { exact: true })
      .waitFor();

    const history = second.getByRole('region', { name: 'Historial de cambios' });
    await history.getByText('Estado procesal: Identificación → Investigación').waitFor();
    expect(await history.textContent()).toContain('Fiscal de versiones (FEVIMTRA)');
    await saveScreenshot(second, 'case-history-es-MX');
    expect(await findAccessibilityViolations(second)).toEqual([]);
  });
});
