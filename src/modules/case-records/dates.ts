import { z } from 'zod';
import type { FieldIssue } from './field-issues.ts';

/** Today as ISO text in UTC, which is never behind the calendar date anywhere in Mexico. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A date something happened on: ISO YYYY-MM-DD, never in the future. */
export const pastDate = () =>
  z.iso.date().refine((value) => value <= today(), { params: { key: 'date_in_future' } });

/**
 * `later` must not come before `earlier` (both ISO dates, so text order is date order); a missing date
 * breaks no order.
 */
export function dateOrder(
  earlier: string | null | undefined,
  later: string | null | undefined,
  issue: FieldIssue,
): FieldIssue[] {
  return earlier && later && later < earlier ? [issue] : [];
}
