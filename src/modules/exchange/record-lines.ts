import { z } from 'zod';
import { pastDate } from '../case-records/dates.ts';
import { consentRequest } from '../consent/consent-contract.ts';
import { createExploitationRequest } from '../exploitation/contract.ts';
import { appealRequest } from '../legal/appeal-contract.ts';
import { bilateralRequest } from '../legal/bilateral-contract.ts';
import { chargeRequest } from '../legal/charge-contract.ts';
import { extraditionRequest } from '../legal/extradition-contract.ts';
import { proceedingRequest } from '../legal/proceeding-contract.ts';
import { verdictRequest } from '../legal/verdict-contract.ts';
import { measureRequest } from '../protection/measure-contract.ts';
import { testimonyRequest } from '../protection/testimony-contract.ts';
import { createSuspectRoleRequest } from '../suspects/contract.ts';

/** The external id of a record in a bundle: unique per record type and agency. */
export const externalId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);

/**
 * A field of a bundle line that names another record by its external id, where the API's request names
 * it by uuid: `person` in the bundle is `personId` in the request.
 */
export type LineReference = { field: string; requestField: string; target: string };

/**
 * Every case record besides cases and people, as bundle lines. Each line is the module's own create
 * request (the zod contract the API validates with), with the uuids of other records replaced by their
 * external ids and with `id` and `case` added. Listed parents first: lines are written in this order.
 */
export const RECORD_LINES = [
  {
    type: 'exploitation',
    recordType: 'exploitation',
    request: createExploitationRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
  },
  {
    type: 'suspectRole',
    recordType: 'suspect_role',
    request: createSuspectRoleRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
  },
  { type: 'legalProceeding', recordType: 'legal_proceeding', request: proceedingRequest, references: [] },
  {
    type: 'charge',
    recordType: 'charge',
    request: chargeRequest,
    references: [
      { field: 'proceeding', requestField: 'proceedingId', target: 'legalProceeding' },
      { field: 'person', requestField: 'personId', target: 'person' },
    ],
  },
  {
    type: 'verdict',
    recordType: 'verdict',
    request: verdictRequest,
    references: [{ field: 'charge', requestField: 'chargeId', target: 'charge' }],
  },
  {
    type: 'appeal',
    recordType: 'appeal',
    request: appealRequest,
    references: [{ field: 'verdict', requestField: 'verdictId', target: 'verdict' }],
  },
  {
    type: 'extradition',
    recordType: 'extradition_request',
    request: extraditionRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
  },
  {
    type: 'bilateralInvestigation',
    recordType: 'bilateral_investigation',
    request: bilateralRequest,
    references: [],
  },
  {
    type: 'protectionMeasure',
    recordType: 'protection_measure',
    request: measureRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
  },
  {
    type: 'testimonyDecision',
    recordType: 'testimony_decision',
    request: testimonyRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
  },
  {
    type: 'consent',
    recordType: 'consent',
    request: consentRequest,
    references: [{ field: 'person', requestField: 'personId', target: 'person' }],
    /** A consent the person withdrew travels with the day they did. */
    extra: { revokedOn: pastDate().optional() },
  },
] as const satisfies readonly RecordLineSpec[];

type RecordLineSpec = {
  type: string;
  recordType: string;
  request: z.ZodObject;
  references: readonly LineReference[];
  extra?: z.ZodRawShape;
};

export type RecordLineType = (typeof RECORD_LINES)[number]['type'];
export const RECORD_LINE_TYPES = RECORD_LINES.map((spec) => spec.type) as RecordLineType[];

export const recordLineSpec = (type: RecordLineType): RecordLineSpec =>
  RECORD_LINES.find((spec) => spec.type === type) as RecordLineSpec;

/**
 * The shape of one kind of line, for structure and the published schema: the request's fields (so the
 * same field rules apply) without the uuids, plus the line's own id, case and references.
 */
function lineSchema(spec: RecordLineSpec) {
  const replaced = new Set(spec.references.map((reference) => reference.requestField));
  const fields = Object.fromEntries(
    Object.entries(spec.request.shape).filter(([name]) => !replaced.has(name)),
  );
  const references = Object.fromEntries(spec.references.map((reference) => [reference.field, externalId]));
  return z.strictObject({
    type: z.literal(spec.type),
    id: externalId,
    /** The external id of the record's case, in this file or imported before. */
    case: externalId,
    ...references,
    ...fields,
    ...spec.extra,
  });
}

export const RECORD_LINE_SCHEMAS = RECORD_LINES.map(lineSchema);

/** A record line as read: the fields of its request, its references as external ids. */
export type RecordLine = { type: RecordLineType; id: string; case: string } & Record<string, unknown>;

/** Where a line's references stand in for the request's uuids until they are resolved. */
export const UNRESOLVED = '00000000-0000-4000-8000-000000000000';

/**
 * The module's request for a line whose structure is valid, references not yet resolved: checked with
 * the module's whole contract (rules across fields included) exactly as the API checks a request body.
 * Errors name the line's fields (`person`, not `personId`).
 */
export function requestOfLine(
  line: RecordLine,
):
  | { success: true; request: Record<string, unknown>; extra: Record<string, unknown> }
  | { success: false; error: z.ZodError } {
  const spec = recordLineSpec(line.type);
  const { type: _type, id: _id, case: _case, ...rest } = line;
  const extra: Record<string, unknown> = {};
  for (const name of Object.keys(spec.extra ?? {})) {
    extra[name] = rest[name];
    delete rest[name];
  }
  for (const reference of spec.references) {
    delete rest[reference.field];
    rest[reference.requestField] = UNRESOLVED;
  }
  const parsed = spec.request.safeParse(rest);
  if (parsed.success) return { success: true, request: parsed.data, extra };
  return { success: false, error: inLineTerms(line.type, parsed.error) };
}

/** An error of the module's contract or use-case, its paths renamed to the line's fields. */
export function inLineTerms(type: RecordLineType, error: z.ZodError): z.ZodError {
  const renamed = new Map(
    recordLineSpec(type).references.map((reference) => [reference.requestField, reference.field]),
  );
  const issues = error.issues.map((issue) => ({
    ...issue,
    path: issue.path.map((part) => (typeof part === 'string' ? (renamed.get(part) ?? part) : part)),
  }));
  return new z.ZodError(issues);
}
