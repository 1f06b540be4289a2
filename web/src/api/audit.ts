import type { z } from 'zod';
import { type AuditQuery, alertList, auditPage } from '../../../src/contracts/audit.ts';
import { requestJson } from './client.ts';

export type AuditPage = z.infer<typeof auditPage>;
export type AlertList = z.infer<typeof alertList>;
export type SecurityAlert = AlertList['items'][number];

export function fetchAuditEntries(query: AuditQuery): Promise<AuditPage> {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) parameters.set(name, String(value));
  }
  return requestJson({ path: `/api/v1/audit/entries?${parameters}` }, auditPage);
}

export function fetchSecurityAlerts(): Promise<AlertList> {
  return requestJson({ path: '/api/v1/audit/alerts' }, alertList);
}
