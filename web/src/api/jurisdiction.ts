import { z } from 'zod';
import {
  type CaseJurisdiction,
  caseJurisdiction,
  storedJurisdiction,
  transferInbox,
  type transferRequest,
} from '../../../src/modules/jurisdiction/case-contract.ts';
import type { JurisdictionFacts } from '../../../src/modules/jurisdiction/contract.ts';
import { requestJson } from './client.ts';

export type { CaseJurisdiction, JurisdictionFacts };
export type DecisionRecord = NonNullable<CaseJurisdiction['current']>;
export type TransferRequest = z.input<typeof transferRequest>;
export type TransferView = z.infer<typeof transferInbox>['items'][number];

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function fetchCaseJurisdiction(caseId: string): Promise<CaseJurisdiction> {
  return requestJson({ path: `${casePath(caseId)}/jurisdiction` }, caseJurisdiction);
}

export function decideCaseJurisdiction(caseId: string, facts: JurisdictionFacts) {
  return requestJson(
    { method: 'POST', path: `${casePath(caseId)}/jurisdiction`, body: facts },
    storedJurisdiction,
  );
}

export function requestTransfer(caseId: string, request: TransferRequest) {
  return requestJson(
    { method: 'POST', path: `${casePath(caseId)}/transfers`, body: request },
    z.object({ id: z.uuid(), respondBy: z.string() }),
  );
}

export function fetchTransfers(): Promise<TransferView[]> {
  return requestJson({ path: '/api/v1/transfers' }, transferInbox).then((inbox) => inbox.items);
}

export function respondToTransfer(transferId: string, response: { accept: boolean; reason?: string }) {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/transfers/${encodeURIComponent(transferId)}/response`,
      body: response,
    },
    z.object({ caseId: z.uuid(), status: z.enum(['accepted', 'declined']) }),
  );
}
