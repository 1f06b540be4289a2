import { randomBytes } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { createAccount, signInAndEnrolInSpanish } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations } from './support/browser.ts';

const suffix = randomBytes(3).toString('hex');
const HEADER = 'enlace_CaseId,enlace_CaseState,enlace_CaseOpenedOn,enlace_PersonId';
// More cases than one page holds (50), so the list has a second page whatever else the agency has.
const CSV = [
  HEADER,
  ...Array.from(
    { length: 55 },
    (_, n) => `pagina-${suffix}-${n},TAB,2014-03-0${(n % 9) + 1},pagina-${suffix}-${n}-p`,
  ),
].join('\n');

describe('paging through the case list', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  test('next and previous follow the API cursors: disjoint pages, and back to the same first page', async () => {
    const prosecutor = await createAccount(chromium.browser(), baseUrl, {
      username: `e2e.paginas.${suffix}`,
      displayName: 'Fiscal que pagina',
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
    const imported = await page.request.post(new URL('/api/v1/imports', baseUrl).href, {
      headers: { 'content-type': 'text/csv' },
      data: CSV,
    });
    expect(imported.status()).toBe(200);

    await page.goto(`${baseUrl}/cases?stateCode=TAB`);
    const references = () => page.getByRole('table').locator('tbody th').allTextContents();
    const showing = page.getByRole('status').filter({ hasText: /^Casos \d+ a \d+$/ });
    await showing.waitFor();
    expect(await showing.textContent()).toBe('Casos 1 a 50');
    const first = await references();
    expect(first).toHaveLength(50);
    const pager = page.getByRole('navigation', { name: 'Páginas de casos' });
    expect(await pager.getByRole('button', { name: 'Anteriores' }).isDisabled()).toBe(true);

    await pager.getByRole('button', { name: 'Siguientes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Casos 51 a \d+$/ })
      .waitFor();
    const address = new URL(page.url());
    expect(address.searchParams.get('cursor')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(address.searchParams.get('stateCode')).toBe('TAB');
    expect(address.searchParams.has('offset')).toBe(false);
    const second = await references();
    expect(second.length).toBeGreaterThanOrEqual(5);
    expect(second.filter((reference) => first.includes(reference))).toEqual([]);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await pager.getByRole('button', { name: 'Anteriores' }).click();
    await page.getByRole('status').filter({ hasText: 'Casos 1 a 50' }).waitFor();
    expect(await references()).toEqual(first);
  });
});
