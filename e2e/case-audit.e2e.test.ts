import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');
const VIEWPORT = { width: 1366, height: 900 };

describe("a case's audit trail", () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();
  const api = (path: string) => new URL(path, baseUrl).href;
  const open = async () => {
    const page = await chromium.open({
      viewport: VIEWPORT,
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(baseUrl);
    return page;
  };
  const account = (role: string, displayName: string) =>
    createAccount(chromium.browser(), baseUrl, {
      username: `e2e.bitacora.${role}.${suffix}`,
      displayName,
      agencyCode: 'FEVIMTRA',
      roles: [role],
    });
  const trailTable = (page: Page) =>
    page.getByRole('table', {
      name: 'Entradas de la bitácora del caso, de la más reciente a la más antigua',
    });

  test('the supervisor sees who revealed an identity in the workspace; the auditor reads it from the audit page; a prosecutor sees no trail', async () => {
    const prosecutor = await account('prosecutor', 'Fiscal de la bitácora');
    const supervisor = await account('supervisor', 'Supervisora de la bitácora');
    const auditor = await account('auditor', 'Auditor de la bitácora');

    const prosecutorPage = await open();
    await signInAndEnrolInSpanish(prosecutorPage, prosecutor);
    const opened = await (
      await prosecutorPage.request.post(api('/api/v1/cases'), { data: { stateCode: 'VER' } })
    ).json();
    const added = await (
      await prosecutorPage.request.post(api(`/api/v1/cases/${opened.id}/people`), {
        data: { role: 'survivor', identity: { givenNames: 'Bitácoraprivada', firstSurname: 'Prueba' } },
      })
    ).json();
    const revealed = await prosecutorPage.request.post(
      api(`/api/v1/cases/${opened.id}/people/${added.id}/reveal`),
      { data: { reason: 'Entrevista de seguimiento con la víctima' } },
    );
    expect(revealed.status()).toBe(200);
    await prosecutorPage.goto(`${baseUrl}/cases/${opened.id}`);
    await prosecutorPage.getByRole('heading', { level: 2, name: 'Historial de cambios' }).waitFor();
    expect(
      await prosecutorPage.getByRole('heading', { name: 'Bitácora de auditoría del caso' }).count(),
    ).toBe(0);
    expect((await prosecutorPage.request.get(api(`/api/v1/cases/${opened.id}/audit`))).status()).toBe(404);

    const supervisorPage = await open();
    await signInAndEnrolInSpanish(supervisorPage, supervisor);
    await supervisorPage.goto(`${baseUrl}/cases/${opened.id}`);
    await supervisorPage.getByRole('heading', { level: 2, name: 'Bitácora de auditoría del caso' }).waitFor();
    const reveal = trailTable(supervisorPage).getByRole('row').filter({ hasText: 'identity.read' });
    await reveal.waitFor();
    const revealText = await reveal.textContent();
    expect(revealText).toContain('Fiscal de la bitácora (FEVIMTRA)');
    expect(revealText).toContain('Identidad consultada');
    expect(revealText).toContain('Motivo: Entrevista de seguimiento con la víctima');
    expect(await trailTable(supervisorPage).textContent()).toContain('Abrió el caso');
    expect(await supervisorPage.locator('main').textContent()).not.toContain('Bitácoraprivada');
    await supervisorPage
      .getByRole('heading', { level: 2, name: 'Bitácora de auditoría del caso' })
      .scrollIntoViewIfNeeded();
    await saveScreenshot(supervisorPage, 'case-audit-supervisor-es-MX');
    expect(await findAccessibilityViolations(supervisorPage)).toEqual([]);

    // Auditors need no second factor: they never see identities.
    const auditorPage = await open();
    await auditorPage.getByLabel('Usuario', { exact: true }).fill(auditor.username);
    await auditorPage.getByLabel('Contraseña', { exact: true }).fill(auditor.password);
    await auditorPage.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await auditorPage.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    await auditorPage.goto(`${baseUrl}/audit?action=case.open&recordId=${opened.id}`);
    await auditorPage
      .getByRole('button', { name: /^Detalles de la entrada \d+$/ })
      .first()
      .click();
    await auditorPage.getByRole('link', { name: 'Ver la bitácora de este caso' }).click();
    await auditorPage.getByRole('heading', { level: 2, name: 'Bitácora del caso' }).waitFor();
    expect(new URL(auditorPage.url()).pathname).toBe(`/audit/cases/${opened.id}`);
    const supervisorRead = trailTable(auditorPage).getByRole('row').filter({ hasText: 'case.audit_read' });
    await supervisorRead.first().waitFor();
    expect(await supervisorRead.first().textContent()).toContain('Consultó esta bitácora');
    expect(await trailTable(auditorPage).textContent()).toContain('Supervisora de la bitácora (FEVIMTRA)');
    await saveScreenshot(auditorPage, 'case-audit-auditor-es-MX');
    expect(await findAccessibilityViolations(auditorPage)).toEqual([]);

    await auditorPage.getByRole('button', { name: /^Menú de usuario/ }).click();
    await auditorPage.getByRole('menuitem', { name: 'English' }).click();
    await auditorPage.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await auditorPage.getByRole('heading', { level: 2, name: 'Case audit trail' }).waitFor();
    expect(
      await auditorPage
        .getByRole('table', { name: 'Entries of the case’s audit trail, newest first' })
        .textContent(),
    ).toContain("Saw a person's identity or contact details");
  });
});
