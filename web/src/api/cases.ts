import { z } from 'zod';
import {
  breakGlassGrant,
  type CaseView,
  caseList,
  type caseListQuery,
  caseShareList,
  caseView,
  type openCaseRequest,
  type shareCaseRequest,
  type updateCaseRequest,
} from '../../../src/modules/cases/contract.ts';
import {
  type AddPersonRequest,
  type PersonSummary,
  peopleList,
  personSummary,
  type RevealedPerson,
  revealedPerson,
} from '../../../src/modules/cases/people-contract.ts';
import {
  type PeopleSearchResult,
  type peopleSearchRequest,
  peopleSearchResult,
} from '../../../src/modules/cases/people-search-contract.ts';
import type {
  updateIdentityRequest,
  updatePersonRequest,
} from '../../../src/modules/cases/person-update-contract.ts';
import { caseHistory } from '../../../src/modules/history/contract.ts';
import { requestJson, requestNoContent } from './client.ts';

export type { CaseView };
export type CaseList = z.infer<typeof caseList>;
export type CaseSummary = CaseList['items'][number];
export type CaseListQuery = z.input<typeof caseListQuery>;
export type OpenCaseRequest = z.infer<typeof openCaseRequest>;
export type ShareCaseRequest = z.input<typeof shareCaseRequest>;
export type UpdateCaseRequest = z.input<typeof updateCaseRequest>;
export type CaseHistory = z.infer<typeof caseHistory>;
export type HistoryEntry = CaseHistory['items'][number];
export type BreakGlassGrant = z.infer<typeof breakGlassGrant>;
export type CaseShare = z.infer<typeof caseShareList>['items'][number];
export type UpdatePersonRequest = z.input<typeof updatePersonRequest>;
export type UpdateIdentityRequest = z.input<typeof updateIdentityRequest>;
export type PeopleSearchRequest = z.input<typeof peopleSearchRequest>;
export type { AddPersonRequest, PeopleSearchResult, PersonSummary, RevealedPerson };

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

/** Answers 412 `version_conflict` when someone changed the case since `version` was read. */
export function updateCase(caseId: string, version: number, request: UpdateCaseRequest): Promise<CaseView> {
  return requestJson({ method: 'PATCH', path: casePath(caseId), body: request, ifMatch: version }, caseView);
}

export function fetchCaseHistory(caseId: string, before?: string): Promise<CaseHistory> {
  const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
  return requestJson({ path: `${casePath(caseId)}/history${query}` }, caseHistory);
}

export function shareCase(caseId: string, request: ShareCaseRequest): Promise<{ id: string }> {
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/shares`, body: request }, created);
}

/** Active, expired and revoked shares, newest first; only for those who may share the case. */
export function fetchShares(caseId: string): Promise<CaseShare[]> {
  return requestJson({ path: `${casePath(caseId)}/shares` }, caseShareList).then((list) => list.items);
}

/** Ends the share at once: the other agency loses access at its next request. */
export function revokeShare(caseId: string, shareId: string): Promise<void> {
  return requestNoContent({
    method: 'POST',
    path: `${casePath(caseId)}/shares/${encodeURIComponent(shareId)}/revocation`,
  });
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

const personPath = (caseId: string, personId: string) =>
  `${casePath(caseId)}/people/${encodeURIComponent(personId)}`;

/** Answers 412 `version_conflict` when someone changed the person since `version` was read. */
export function updatePerson(
  caseId: string,
  personId: string,
  version: number,
  request: UpdatePersonRequest,
): Promise<PersonSummary> {
  return requestJson(
    { method: 'PATCH', path: personPath(caseId, personId), body: request, ifMatch: version },
    personSummary,
  );
}

/** Also answers 403 `reauthentication_required` when the last sign-in is old, like a reveal. */
export function updatePersonIdentity(
  caseId: string,
  personId: string,
  version: number,
  request: UpdateIdentityRequest,
): Promise<PersonSummary> {
  return requestJson(
    { method: 'PATCH', path: `${personPath(caseId, personId)}/identity`, body: request, ifMatch: version },
    personSummary,
  );
}

/** The value searched goes in the body, so it never lands in the address bar or the history. */
export function searchPeople(request: PeopleSearchRequest): Promise<PeopleSearchResult> {
  return requestJson({ method: 'POST', path: '/api/v1/people/search', body: request }, peopleSearchResult);
}
