import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { type Account, codeFor } from './accounts.ts';

/** A prosecutor's API session (enrolled in a second factor as the web app would) that records a survivor. */
export async function prosecutorRecords(
  browser: Browser,
  baseUrl: string,
  account: Account,
  identity: Record<string, string>,
  shareWith?: string,
) {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const api = context.request;
    await api.post('/api/v1/session', { data: account });
    const { manualKey } = await (await api.post('/api/v1/session/mfa/enrolment')).json();
    await api.post('/api/v1/session/mfa/enrolment/confirmation', {
      data: { code: await codeFor(manualKey) },
    });
    const opened = await api.post('/api/v1/cases', { data: { stateCode: 'PUE' } });
    expect(opened.status()).toBe(201);
    const created = await opened.json();
    const added = await api.post(`/api/v1/cases/${created.id}/people`, {
      data: { role: 'survivor', sex: 'female', nationality: 'MX', identity },
    });
    expect(added.status()).toBe(201);
    if (shareWith) {
      const shared = await api.post(`/api/v1/cases/${created.id}/shares`, {
        data: { agencyCode: shareWith, reason: 'Coordinación para la atención de la víctima' },
      });
      expect(shared.status()).toBe(201);
    }
    return created.reference as string;
  } finally {
    await context.close();
  }
}
