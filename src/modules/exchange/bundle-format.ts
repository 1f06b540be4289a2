import { z } from 'zod';
import { addPersonRequest } from '../cases/people-contract.ts';
import { CASE_STATUSES } from '../cases/schema.ts';
import { STATE_CODES } from '../catalog/states.ts';
import { externalId, RECORD_LINE_SCHEMAS, type RecordLine } from './record-lines.ts';

/**
 * The Enlace bundle: JSON Lines, one record per line, the first line a header. Records name each other
 * by stable external ids, so that importing the same file twice changes nothing the second time.
 * docs/formats/enlace-bundle.schema.json is generated from these schemas (a test keeps it current).
 */
export const BUNDLE_FORMAT = 'enlace-bundle';
export const BUNDLE_VERSION = 1;

export { externalId };

export const bundleHeader = z.strictObject({
  type: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime().optional(),
  /** The agency code of the exporting institution, for the reader's information. */
  source: z.string().max(32).optional(),
});

export const bundleCase = z.strictObject({
  type: z.literal('case'),
  id: externalId,
  /** Kept when given (a case keeps its reference across systems); generated otherwise. */
  reference: z
    .string()
    .regex(/^[A-Z0-9-]{4,40}$/)
    .optional(),
  stateCode: z.enum(STATE_CODES),
  municipality: z.string().trim().min(1).max(200).optional(),
  status: z.enum(CASE_STATUSES).default('identification'),
  openedOn: z.iso.date(),
});

export const bundlePerson = addPersonRequest.extend({
  type: z.literal('person'),
  id: externalId,
  /** The external id of the person's case, in this file or imported before. */
  case: externalId,
});

export const bundleRecord = z.discriminatedUnion('type', [bundleCase, bundlePerson, ...RECORD_LINE_SCHEMAS]);

export type BundleCase = z.infer<typeof bundleCase>;
export type BundlePerson = z.infer<typeof bundlePerson>;
export type BundleRecord = BundleCase | BundlePerson | RecordLine;
export type BundleRecordType = BundleRecord['type'];
