import type { Page } from 'playwright-core';

export type PolicyViolation = { directive: string; blocked: string; source: string };

/**
 * Collects every Content-Security-Policy violation the page reports from its first script on, as a
 * `securitypolicyviolation` event or as a console message (some are only logged), for assertions.
 */
export async function watchPolicyViolations(page: Page): Promise<PolicyViolation[]> {
  const violations: PolicyViolation[] = [];
  await page.exposeFunction('reportPolicyViolation', (violation: PolicyViolation) =>
    violations.push(violation),
  );
  // A string, as this program has no DOM types: it runs in the page.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) =>
    reportPolicyViolation({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile }))`);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy'))
      violations.push({ directive: 'console', blocked: message.text(), source: '' });
  });
  return violations;
}
