import type { MeasureKind, MeasureStatus } from '../protection/measure-rules.ts';
import { MEASURE_STATUSES } from '../protection/measure-rules.ts';

/** The measures that call for follow-up, and what the responsible agency must obtain. */
export const FOLLOW_UP_TASKS = {
  immigration_relief: 'relief_decision',
  repatriation: 'repatriation_completed',
  witness_protection: 'protection_decision',
  compensation: 'compensation_paid',
} as const satisfies Partial<Record<MeasureKind, string>>;
export type FollowedKind = keyof typeof FOLLOW_UP_TASKS;
export type FollowUpTask = (typeof FOLLOW_UP_TASKS)[FollowedKind];
export const FOLLOWED_KINDS = Object.keys(FOLLOW_UP_TASKS) as [FollowedKind, ...FollowedKind[]];
export const TASK_NAMES = Object.values(FOLLOW_UP_TASKS) as [FollowUpTask, ...FollowUpTask[]];

/**
 * Days from the application, request or order until the responsible agency should have the outcome.
 * Refugee status is decided within 45 working days (Ley sobre Refugiados, art. 24), so 45 calendar days
 * is when to chase it; a repatriation the survivor asked for should not wait more than a month; a
 * witness at risk cannot wait for protection; a compensation ordered and unpaid after three months
 * needs the court or the victims' fund (CEAV) to be pressed.
 */
export const FOLLOW_UP_DAYS: Record<FollowedKind, number> = {
  immigration_relief: 45,
  repatriation: 30,
  witness_protection: 5,
  compensation: 90,
};

export type FollowedMeasure = { kind: MeasureKind; status: MeasureStatus; requestedOn: string };
export type TaskDeadline = { task: FollowUpTask; dueOn: string; overdue: boolean };

const isFollowed = (kind: MeasureKind): kind is FollowedKind => Object.hasOwn(FOLLOW_UP_TASKS, kind);

export const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * The follow-up a measure calls for while it is still open (applied for, requested, ordered and not
 * paid in full), with its deadline; null once it reached its outcome or for kinds nobody chases
 * (non-punishment is the prosecutor's own decision). Overdue: the deadline day has passed.
 */
export function followUpDeadline(measure: FollowedMeasure, today: string): TaskDeadline | null {
  if (!isFollowed(measure.kind)) return null;
  if (measure.status !== MEASURE_STATUSES[measure.kind].open) return null;
  const dueOn = addDays(measure.requestedOn, FOLLOW_UP_DAYS[measure.kind]);
  return { task: FOLLOW_UP_TASKS[measure.kind], dueOn, overdue: dueOn < today };
}
