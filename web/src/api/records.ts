import { z } from 'zod';
import { consentList, consentView } from '../../../src/modules/consent/consent-contract.ts';
import { legalTrack } from '../../../src/modules/legal/legal-track-contract.ts';
import { measureList } from '../../../src/modules/protection/measure-contract.ts';
import { testimonyList } from '../../../src/modules/protection/testimony-contract.ts';
import { requestJson, requestNoContent } from './client.ts';

export type LegalTrack = z.infer<typeof legalTrack>;
export type ProceedingView = LegalTrack['proceedings'][number];
export type ChargeView = LegalTrack['charges'][number];
export type VerdictView = LegalTrack['verdicts'][number];
export type AppealView = LegalTrack['appeals'][number];
export type ExtraditionView = LegalTrack['extraditions'][number];
export type BilateralView = LegalTrack['bilateralInvestigations'][number];
export type MeasureView = z.infer<typeof measureList>['items'][number];
export type TestimonyView = z.infer<typeof testimonyList>['items'][number];
export type ConsentList = z.infer<typeof consentList>;
export type ConsentView = ConsentList['items'][number];

/** The paths of the case records under /cases/:caseId (src/modules/{legal,protection,consent}/routes.ts). */
export type RecordPath =
  | 'legal-proceedings'
  | 'charges'
  | 'verdicts'
  | 'appeals'
  | 'extraditions'
  | 'bilateral-investigations'
  | 'protection-measures'
  | 'testimony-decisions'
  | 'consents';

/** What every record answers with; the rest is shown field by field. */
const versioned = z.looseObject({ id: z.uuid(), version: z.number().int() });

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;
const recordPath = (caseId: string, path: RecordPath, recordId: string) =>
  `${casePath(caseId)}/${path}/${encodeURIComponent(recordId)}`;

export function fetchLegalTrack(caseId: string): Promise<LegalTrack> {
  return requestJson({ path: `${casePath(caseId)}/legal-track` }, legalTrack);
}

export function fetchMeasures(caseId: string): Promise<MeasureView[]> {
  return requestJson({ path: `${casePath(caseId)}/protection-measures` }, measureList).then(
    (list) => list.items,
  );
}

export function fetchTestimony(caseId: string): Promise<TestimonyView[]> {
  return requestJson({ path: `${casePath(caseId)}/testimony-decisions` }, testimonyList).then(
    (list) => list.items,
  );
}

export function fetchConsents(caseId: string): Promise<ConsentList> {
  return requestJson({ path: `${casePath(caseId)}/consents` }, consentList);
}

export function createRecord(caseId: string, path: RecordPath, body: Record<string, unknown>) {
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/${path}`, body }, versioned);
}

/** Answers 412 `version_conflict` when someone changed the record since `version` was read. */
export function updateRecord(
  caseId: string,
  path: RecordPath,
  record: { id: string; version: number },
  body: Record<string, unknown>,
) {
  return requestJson(
    { method: 'PATCH', path: recordPath(caseId, path, record.id), body, ifMatch: record.version },
    versioned,
  );
}

export function removeRecord(
  caseId: string,
  path: RecordPath,
  record: { id: string; version: number },
  reason: string,
): Promise<void> {
  return requestNoContent({
    method: 'DELETE',
    path: recordPath(caseId, path, record.id),
    body: { reason },
    ifMatch: record.version,
  });
}

export function revokeConsent(caseId: string, consent: { id: string; version: number }, revokedOn: string) {
  return requestJson(
    {
      method: 'POST',
      path: `${recordPath(caseId, 'consents', consent.id)}/revocation`,
      body: { revokedOn },
      ifMatch: consent.version,
    },
    consentView,
  );
}
