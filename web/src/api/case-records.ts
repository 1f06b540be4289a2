import {
  type CreateExploitationRequest,
  type ExploitationView,
  exploitationList,
  exploitationView,
  type UpdateExploitationRequest,
} from '../../../src/modules/exploitation/contract.ts';
import {
  type CreateSuspectRoleRequest,
  type SuspectRoleView,
  suspectRoleList,
  suspectRoleView,
  type UpdateSuspectRoleRequest,
} from '../../../src/modules/suspects/contract.ts';
import { requestJson, requestNoContent } from './client.ts';

export type { ExploitationView, SuspectRoleView };

const recordsPath = (caseId: string, kind: 'exploitations' | 'suspect-roles', id?: string) =>
  `/api/v1/cases/${encodeURIComponent(caseId)}/${kind}${id ? `/${encodeURIComponent(id)}` : ''}`;

export function fetchExploitations(caseId: string): Promise<ExploitationView[]> {
  return requestJson({ path: recordsPath(caseId, 'exploitations') }, exploitationList).then(
    (list) => list.items,
  );
}

export function createExploitation(
  caseId: string,
  request: CreateExploitationRequest,
): Promise<ExploitationView> {
  return requestJson(
    { method: 'POST', path: recordsPath(caseId, 'exploitations'), body: request },
    exploitationView,
  );
}

/** Answers 412 `version_conflict` when someone changed the record since `version` was read. */
export function updateExploitation(
  caseId: string,
  record: { id: string; version: number },
  patch: UpdateExploitationRequest,
): Promise<ExploitationView> {
  return requestJson(
    {
      method: 'PATCH',
      path: recordsPath(caseId, 'exploitations', record.id),
      body: patch,
      ifMatch: record.version,
    },
    exploitationView,
  );
}

export function fetchSuspectRoles(caseId: string): Promise<SuspectRoleView[]> {
  return requestJson({ path: recordsPath(caseId, 'suspect-roles') }, suspectRoleList).then(
    (list) => list.items,
  );
}

export function createSuspectRole(
  caseId: string,
  request: CreateSuspectRoleRequest,
): Promise<SuspectRoleView> {
  return requestJson(
    { method: 'POST', path: recordsPath(caseId, 'suspect-roles'), body: request },
    suspectRoleView,
  );
}

export function updateSuspectRole(
  caseId: string,
  record: { id: string; version: number },
  patch: UpdateSuspectRoleRequest,
): Promise<SuspectRoleView> {
  return requestJson(
    {
      method: 'PATCH',
      path: recordsPath(caseId, 'suspect-roles', record.id),
      body: patch,
      ifMatch: record.version,
    },
    suspectRoleView,
  );
}

/** Removes a record at the version read, with the reason the history keeps. */
export function removeCaseRecord(
  caseId: string,
  kind: 'exploitations' | 'suspect-roles',
  record: { id: string; version: number },
  reason: string,
): Promise<void> {
  return requestNoContent({
    method: 'DELETE',
    path: recordsPath(caseId, kind, record.id),
    body: { reason },
    ifMatch: record.version,
  });
}
