import { dateOrder } from './dates.ts';
import { type FieldIssue, issue } from './field-issues.ts';

/**
 * A record with a final status (granted, denied, decided…) carries the date it got there; one still
 * open carries none, and nothing ends before it started. `field` names the resolution date.
 */
export function resolutionIssues(
  record: { final: boolean; startedOn: string; resolvedOn: string | null | undefined },
  field: string,
): FieldIssue[] {
  if (record.final && !record.resolvedOn) return [issue(field, 'resolution_date_required')];
  if (!record.final && record.resolvedOn) return [issue(field, 'resolution_date_not_allowed')];
  return dateOrder(record.startedOn, record.resolvedOn, issue(field, 'resolved_before_started'));
}
