import type { FieldGroup } from '../../platform/access/case-access.ts';
import { type FieldIssue, issue } from '../case-records/field-issues.ts';
import { resolutionIssues } from '../case-records/resolution.ts';
import type { PersonRole } from '../cases/schema.ts';

export const MEASURE_KINDS = [
  'immigration_relief',
  'non_punishment',
  'repatriation',
  'witness_protection',
  'compensation',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const IMMIGRATION_RELIEFS = [
  'refugee_status',
  'humanitarian_visa',
  'temporary_residency',
  'permanent_residency',
] as const;
export type ImmigrationRelief = (typeof IMMIGRATION_RELIEFS)[number];

export const WITNESS_MEASURES = [
  'identity_reserved',
  'protected_testimony',
  'relocation',
  'police_protection',
] as const;
export type WitnessMeasure = (typeof WITNESS_MEASURES)[number];

/** Each kind's statuses: the open one it starts in, and the final ones that carry a date. */
export const MEASURE_STATUSES = {
  immigration_relief: { open: 'applied', final: ['granted', 'denied'] },
  non_punishment: { open: 'requested', final: ['granted', 'denied'] },
  repatriation: { open: 'requested', final: ['completed', 'withdrawn'] },
  witness_protection: { open: 'requested', final: ['granted', 'denied', 'ended'] },
  compensation: { open: 'ordered', final: ['paid'] },
} as const satisfies Record<MeasureKind, { open: string; final: readonly string[] }>;

export const ALL_MEASURE_STATUSES = [
  'applied',
  'requested',
  'ordered',
  'granted',
  'denied',
  'completed',
  'withdrawn',
  'ended',
  'paid',
] as const;
export type MeasureStatus = (typeof ALL_MEASURE_STATUSES)[number];

/**
 * Immigration relief, repatriation and compensation are what services work on: a shelter or a legal
 * advisor needs them. Witness protection (where a witness is kept) and non-punishment (what a survivor
 * was made to do) are investigation secrets.
 */
export const measureGroup = (kind: MeasureKind): FieldGroup =>
  kind === 'witness_protection' || kind === 'non_punishment' ? 'investigation' : 'needs';

/** Protection is for survivors; witness protection also for witnesses. */
export const rolesProtectedBy = (kind: MeasureKind): readonly PersonRole[] =>
  kind === 'witness_protection' ? ['survivor', 'witness'] : ['survivor'];

export type Measure = {
  kind: MeasureKind;
  relief: ImmigrationRelief | null;
  witnessMeasure: WitnessMeasure | null;
  status: MeasureStatus;
  requestedOn: string;
  resolvedOn: string | null;
  amountOrderedMxn: number | null;
  amountPaidMxn: number | null;
};

/** A detail that belongs to one kind only: required there, refused elsewhere. */
const kindDetail = (present: boolean, expected: boolean, field: string): FieldIssue[] => {
  if (present === expected) return [];
  return [issue(field, expected ? 'required_for_kind' : 'not_for_kind')];
};

/**
 * What a protection measure must satisfy: a status of its kind, the details of its kind only (the
 * relief applied for, the witness measure, the amounts of a compensation), a date once final, and
 * payments that never exceed the order (`paid` means paid in full).
 */
export function measureIssues(measure: Measure): FieldIssue[] {
  const statuses = MEASURE_STATUSES[measure.kind];
  const final = (statuses.final as readonly string[]).includes(measure.status);
  const issues = [
    ...kindDetail(measure.relief !== null, measure.kind === 'immigration_relief', 'relief'),
    ...kindDetail(measure.witnessMeasure !== null, measure.kind === 'witness_protection', 'witnessMeasure'),
    ...kindDetail(measure.amountOrderedMxn !== null, measure.kind === 'compensation', 'amountOrderedMxn'),
  ];
  if (measure.kind !== 'compensation' && measure.amountPaidMxn !== null) {
    issues.push(issue('amountPaidMxn', 'not_for_kind'));
  }
  if (!final && measure.status !== statuses.open) return [...issues, issue('status', 'status_not_for_kind')];
  issues.push(
    ...resolutionIssues(
      { final, startedOn: measure.requestedOn, resolvedOn: measure.resolvedOn },
      'resolvedOn',
    ),
  );
  return [...issues, ...amountIssues(measure)];
}

function amountIssues({ status, amountOrderedMxn: ordered, amountPaidMxn: paid }: Measure): FieldIssue[] {
  if (ordered !== null && ordered < 0) return [issue('amountOrderedMxn', 'amount_negative')];
  if (paid !== null && paid < 0) return [issue('amountPaidMxn', 'amount_negative')];
  if (ordered !== null && paid !== null && paid > ordered)
    return [issue('amountPaidMxn', 'paid_exceeds_ordered')];
  if (status === 'paid' && paid !== ordered) return [issue('amountPaidMxn', 'paid_in_full_required')];
  return [];
}
