import type { z } from 'zod';
import { coverageGapReport } from '../../../src/modules/referrals/coverage-contract.ts';
import {
  directoryView,
  type MonitoringHistory,
  monitoringHistory,
  type monitoringUpdate,
  type providerPatch,
  providerView,
  type servicePatch,
  type serviceRequest,
  serviceView,
} from '../../../src/modules/referrals/directory-contract.ts';
import { matchResult } from '../../../src/modules/referrals/match-contract.ts';
import {
  type ReferralMove,
  referralList,
  type referralRequest,
  referralView,
} from '../../../src/modules/referrals/referral-contract.ts';
import { requestJson } from './client.ts';

export type DirectoryProvider = z.infer<typeof directoryView>['items'][number];
export type MatchResult = z.infer<typeof matchResult>;
export type MatchReason = MatchResult['ranked'][number]['reasons'][number];
export type ReferralView = z.infer<typeof referralView>;
export type ReferralRequest = z.input<typeof referralRequest>;

export function fetchDirectory(filter: {
  state?: string;
  serviceType?: string;
}): Promise<DirectoryProvider[]> {
  const query = new URLSearchParams(
    Object.entries(filter).filter(([, value]) => Boolean(value)) as string[][],
  );
  const suffix = query.size > 0 ? `?${query}` : '';
  return requestJson({ path: `/api/v1/service-directory${suffix}` }, directoryView).then(
    (view) => view.items,
  );
}

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function fetchMatches(caseId: string, personId: string): Promise<MatchResult> {
  return requestJson(
    { path: `${casePath(caseId)}/people/${encodeURIComponent(personId)}/service-matches` },
    matchResult,
  );
}

export function fetchCaseReferrals(caseId: string): Promise<ReferralView[]> {
  return requestJson({ path: `${casePath(caseId)}/referrals` }, referralList).then((list) => list.items);
}

export function createReferral(caseId: string, request: ReferralRequest): Promise<ReferralView> {
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/referrals`, body: request }, referralView);
}

export function fetchReferralInbox(): Promise<ReferralView[]> {
  return requestJson({ path: '/api/v1/referrals' }, referralList).then((list) => list.items);
}

export function moveReferral(referral: ReferralView, move: ReferralMove): Promise<ReferralView> {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/referrals/${encodeURIComponent(referral.id)}/transitions`,
      body: move,
      ifMatch: referral.version,
    },
    referralView,
  );
}

export type CoverageGapReport = z.infer<typeof coverageGapReport>;

export function fetchCoverageGaps(): Promise<CoverageGapReport> {
  return requestJson({ path: '/api/v1/statistics/service-gaps' }, coverageGapReport);
}

export type ServiceInput = z.input<typeof serviceRequest>;
export type ServicePatch = z.input<typeof servicePatch>;

export function registerProvider(): Promise<DirectoryProvider> {
  return requestJson({ method: 'POST', path: '/api/v1/service-providers', body: {} }, providerView);
}

export function addService(providerId: string, service: ServiceInput) {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/service-providers/${encodeURIComponent(providerId)}/services`,
      body: service,
    },
    serviceView,
  );
}

export function updateService(service: { id: string; version: number }, patch: ServicePatch) {
  return requestJson(
    {
      method: 'PATCH',
      path: `/api/v1/services/${encodeURIComponent(service.id)}`,
      body: patch,
      ifMatch: service.version,
    },
    serviceView,
  );
}

const providerPath = (providerId: string) => `/api/v1/service-providers/${encodeURIComponent(providerId)}`;

export function updateProvider(
  provider: { id: string; version: number },
  patch: z.input<typeof providerPatch>,
): Promise<DirectoryProvider> {
  return requestJson(
    { method: 'PATCH', path: providerPath(provider.id), body: patch, ifMatch: provider.version },
    providerView,
  );
}

export type { MonitoringHistory };
export type MonitoringUpdate = z.input<typeof monitoringUpdate>;

export function fetchMonitoring(providerId: string): Promise<MonitoringHistory> {
  return requestJson({ path: `${providerPath(providerId)}/monitoring` }, monitoringHistory);
}

export function recordMonitoring(
  provider: { id: string; version: number },
  update: MonitoringUpdate,
): Promise<DirectoryProvider> {
  return requestJson(
    {
      method: 'POST',
      path: `${providerPath(provider.id)}/monitoring`,
      body: update,
      ifMatch: provider.version,
    },
    providerView,
  );
}
