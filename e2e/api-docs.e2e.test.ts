import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile } from './support/browser.ts';
import { watchPolicyViolations } from './support/policy-violations.ts';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

/**
 * The browsable API documentation (Swagger UI at /api/docs) works under the same
 * Content-Security-Policy as the rest of Enlace: no 'unsafe-inline', and no violation while it draws
 * every operation of the OpenAPI document and opens one. Its standalone top bar, whose logo carries a
 * <style> element, is left out (src/platform/http/openapi.ts); with it this test fails.
 */
describe('the API documentation page', () => {
  const baseUrl = inject('baseUrl');
  const chromium = chromiumForFile();

  test('renders every operation of the OpenAPI document without a policy violation', async () => {
    const page = await chromium.open({ viewport: { width: 1366, height: 900 }, locale: 'es-MX' });
    const violations = await watchPolicyViolations(page);
    const document = await page.request.get(new URL('/api/openapi.json', baseUrl).href);
    const paths = (await document.json()).paths as Record<string, Record<string, unknown>>;
    const operations = Object.values(paths).flatMap((item) =>
      Object.keys(item).filter((key) => METHODS.has(key)),
    );
    expect(operations.length).toBeGreaterThan(50);

    const response = await page.goto(new URL('/api/docs', baseUrl).href);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');

    // Swagger UI resolves the whole document on the page's main thread: on a busy machine, many seconds.
    await page.getByRole('heading', { name: /Enlace API/ }).waitFor({ timeout: 90_000 });
    // Swagger UI draws only the operations near the viewport: scroll to the end, noting each one drawn.
    const drawn = new Set<string>();
    const operationIds = () =>
      page.locator('.opblock').evaluateAll((blocks) => blocks.map((block) => block.id));
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    for (let step = 0; step < 500; step++) {
      for (const id of await operationIds()) drawn.add(id);
      if (await page.evaluate<boolean>('scrollY + innerHeight >= document.documentElement.scrollHeight - 2'))
        break;
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    expect(drawn.size).toBe(operations.length);

    await page.evaluate('scrollTo(0, 0)');
    const signIn = page.locator('#operations-session-post_api_v1_session');
    await signIn.locator('.opblock-summary-control').click();
    await signIn.getByRole('button', { name: 'Try it out' }).waitFor();
    await signIn.locator('.responses-table').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  }, 180_000);
});
