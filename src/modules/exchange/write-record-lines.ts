import { createRecordIn } from '../case-records/create-record.ts';
import type { RecordKind, RecordScope, RecordTable, VersionedView } from '../case-records/record-kind.ts';
import { consentRecord } from '../consent/consent-record.ts';
import { revokeConsentIn } from '../consent/revoke-consent.ts';
import { createExploitationIn } from '../exploitation/create-exploitation.ts';
import { appealRecord } from '../legal/appeal-record.ts';
import { bilateralRecord } from '../legal/bilateral-record.ts';
import { chargeRecord } from '../legal/charge-record.ts';
import { extraditionRecord } from '../legal/extradition-record.ts';
import { proceedingRecord } from '../legal/proceeding-record.ts';
import { verdictRecord } from '../legal/verdict-record.ts';
import { measureRecord } from '../protection/measure-record.ts';
import { testimonyRecord } from '../protection/testimony-record.ts';
import { createSuspectRoleIn } from '../suspects/create-suspect-role.ts';
import type { RecordLineType } from './record-lines.ts';

type Request = Record<string, unknown>;
type Writer = (scope: RecordScope, request: Request, extra: Request, id: string) => Promise<unknown>;

/**
 * Each record line goes through its module's own create use-case, inside the import's transaction: the
 * same authorization, checks against the case's other records, encryption, history and audit as a
 * request to the API. The requests were parsed with the modules' contracts (record-lines.ts).
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

// biome-ignore lint/suspicious/noExplicitAny: each kind takes the input its own contract parsed.
export type BatchedKind = RecordKind<RecordTable, any, unknown, VersionedView>;

/**
 * An import writes these kinds in batches through the generic create use-case (createRecordsIn: each
 * record authorized, checked and inserted as RECORD_WRITERS would, history and audit per batch).
 * Exploitation and suspect roles keep their modules' own one-by-one use-cases.
 */
export const BATCHED_KINDS: Partial<Record<RecordLineType, BatchedKind>> = {
  legalProceeding: proceedingRecord,
  charge: chargeRecord,
  verdict: verdictRecord,
  appeal: appealRecord,
  extradition: extraditionRecord,
  bilateralInvestigation: bilateralRecord,
  protectionMeasure: measureRecord,
  testimonyDecision: testimonyRecord,
  consent: consentRecord,
};

/** The request was parsed with the contract whose output type the use-case takes. */
const as = <T>(request: Request) => request as T;
