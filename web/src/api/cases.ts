import { z } from 'zod';
import {
  breakGlassGrant,
  type CaseView,
  caseList,
  type caseListQuery,
  caseView,
  type openCaseRequest,
  type shareCaseRequest,
} from '../../../src/modules/cases/contract.ts';
import {
  type AddPersonRequest,
  peopleList,
  revealedPerson,
} from '../../../src/modules/cases/people-contract.ts';
import { requestJson, requestNoContent } from './client.ts';

export type { CaseView };
export type CaseList = z.infer<typeof caseList>;
export type CaseSummary = CaseList['items'][number];
export type CaseListQuery = z.input<typeof caseListQuery>;
export type OpenCaseRequest = z.infer<typeof openCaseRequest>;
export type ShareCaseRequest = z.input<typeof shareCaseRequest>;
export type BreakGlassGrant = z.infer<typeof breakGlassGrant>;
export type PersonSummary = z.infer<typeof peopleList>['items'][number];
export type RevealedPerson = z.infer<typeof revealedPerson>;
export type { AddPersonRequest };

const created = z.object({ id: z.uuid() });
const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function fetchCases(query: CaseListQuery): Promise<CaseList> {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) parameters.set(name, String(value));
  }
  return requestJson({ path: `/api/v1/cases?${parameters}` }, caseList);
}

export function openCase(request: OpenCaseRequest): Promise<CaseView> {
  return requestJson({ method: 'POST', path: '/api/v1/cases', body: request }, caseView);
}

export function fetchCase(caseId: string): Promise<CaseView> {
  return requestJson({ path: casePath(caseId) }, caseView);
}

export function shareCase(caseId: string, request: ShareCaseRequest): Promise<{ id: string }> {
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/shares`, body: request }, created);
}

export function breakGlass(caseId: string, reason: string): Promise<BreakGlassGrant> {
  return requestJson(
    { method: 'POST', path: `${casePath(caseId)}/break-glass`, body: { reason } },
    breakGlassGrant,
  );
}

export function declareConflict(caseId: string): Promise<void> {
  return requestNoContent({ method: 'POST', path: `${casePath(caseId)}/conflict-of-interest` });
}

export function fetchPeople(caseId: string): Promise<PersonSummary[]> {
  return requestJson({ path: `${casePath(caseId)}/people` }, peopleList).then((list) => list.items);
}

export function addPerson(caseId: string, request: AddPersonRequest): Promise<{ id: string }> {
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/people`, body: request }, created);
}

/** Audited as an identity read; answers 403 `reauthentication_required` when the last sign-in is old. */
export function revealPerson(caseId: string, personId: string, reason: string): Promise<RevealedPerson> {
  return requestJson(
    {
      method: 'POST',
      path: `${casePath(caseId)}/people/${encodeURIComponent(personId)}/reveal`,
      body: { reason },
    },
    revealedPerson,
  );
}
