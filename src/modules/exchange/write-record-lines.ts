import { createRecordIn, createRecordsIn, type NewRecord } from '../case-records/create-record.ts';
import type { RecordScope } from '../case-records/record-kind.ts';
import { consentRecord } from '../consent/consent-record.ts';
import { revokeConsentIn } from '../consent/revoke-consent.ts';
import { createExploitationIn, createExploitationsIn } from '../exploitation/create-exploitation.ts';
import { appealRecord } from '../legal/appeal-record.ts';
import { bilateralRecord } from '../legal/bilateral-record.ts';
import { chargeRecord } from '../legal/charge-record.ts';
import { extraditionRecord } from '../legal/extradition-record.ts';
import { proceedingRecord } from '../legal/proceeding-record.ts';
import { verdictRecord } from '../legal/verdict-record.ts';
import { measureRecord } from '../protection/measure-record.ts';
import { testimonyRecord } from '../protection/testimony-record.ts';
import { createSuspectRoleIn, createSuspectRolesIn } from '../suspects/create-suspect-role.ts';
import type { RecordLineType } from './record-lines.ts';

type Request = Record<string, unknown>;
type Writer = (scope: RecordScope, request: Request, extra: Request, id: string) => Promise<unknown>;

/**
 * One record line through its module's own create use-case, inside the caller's transaction (the demo
 * loader): the same authorization, checks against the case's other records, encryption, history and
 * audit as a request to the API. The requests were parsed with the modules' contracts (record-lines.ts).
 */
export const RECORD_WRITERS: Record<RecordLineType, Writer> = {
  exploitation: (scope, request, _extra, id) => createExploitationIn(scope, as(request), id),
  suspectRole: (scope, request, _extra, id) => createSuspectRoleIn(scope, as(request), id),
  legalProceeding: (scope, request, _extra, id) => createRecordIn(scope, proceedingRecord, as(request), id),
  charge: (scope, request, _extra, id) => createRecordIn(scope, chargeRecord, as(request), id),
  verdict: (scope, request, _extra, id) => createRecordIn(scope, verdictRecord, as(request), id),
  appeal: (scope, request, _extra, id) => createRecordIn(scope, appealRecord, as(request), id),
  extradition: (scope, request, _extra, id) => createRecordIn(scope, extraditionRecord, as(request), id),
  bilateralInvestigation: (scope, request, _extra, id) =>
    createRecordIn(scope, bilateralRecord, as(request), id),
  protectionMeasure: (scope, request, _extra, id) => createRecordIn(scope, measureRecord, as(request), id),
  testimonyDecision: (scope, request, _extra, id) => createRecordIn(scope, testimonyRecord, as(request), id),
  consent: async (scope, request, extra, id) => {
    const created = await createRecordIn(scope, consentRecord, as(request), id);
    const revokedOn = extra.revokedOn;
    if (typeof revokedOn === 'string') await revokeConsentIn(scope, id, created.version, revokedOn);
  },
};

/** Many new records of one kind, each refused one reported by its index; answers the ids written. */
export type BatchWriter = (
  scope: Omit<RecordScope, 'caseId'>,
  records: readonly NewRecord<Request>[],
  refused: (index: number, error: unknown) => void,
) => Promise<string[]>;

/**
 * An import writes every kind in batches: each record authorized, checked and inserted as
 * RECORD_WRITERS would, in order, history and audit entries written per batch.
 */
export const RECORD_BATCH_WRITERS: Record<RecordLineType, BatchWriter> = {
  exploitation: (scope, records, refused) => createExploitationsIn(scope, as(records), refused),
  suspectRole: (scope, records, refused) => createSuspectRolesIn(scope, as(records), refused),
  legalProceeding: (scope, records, refused) =>
    createRecordsIn(scope, proceedingRecord, as(records), refused),
  charge: (scope, records, refused) => createRecordsIn(scope, chargeRecord, as(records), refused),
  verdict: (scope, records, refused) => createRecordsIn(scope, verdictRecord, as(records), refused),
  appeal: (scope, records, refused) => createRecordsIn(scope, appealRecord, as(records), refused),
  extradition: (scope, records, refused) => createRecordsIn(scope, extraditionRecord, as(records), refused),
  bilateralInvestigation: (scope, records, refused) =>
    createRecordsIn(scope, bilateralRecord, as(records), refused),
  protectionMeasure: (scope, records, refused) => createRecordsIn(scope, measureRecord, as(records), refused),
  testimonyDecision: (scope, records, refused) =>
    createRecordsIn(scope, testimonyRecord, as(records), refused),
  consent: (scope, records, refused) => createRecordsIn(scope, consentRecord, as(records), refused),
};

/** The requests were parsed with the contract whose output type the use-case takes. */
const as = <T>(request: unknown) => request as T;
