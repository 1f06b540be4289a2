import type { AuditQuery } from '../../../src/contracts/audit.ts';

/** The filter form's values, as typed; an empty string means "any". Dates are `YYYY-MM-DD`, local days. */
export type AuditFilters = {
  action: string;
  recordType: string;
  recordId: string;
  actorUserId: string;
  from: string;
  to: string;
};

export const NO_FILTERS: AuditFilters = {
  action: '',
  recordType: '',
  recordId: '',
  actorUserId: '',
  from: '',
  to: '',
};

export const PAGE_SIZE = 50;

const FILTER_NAMES = Object.keys(NO_FILTERS) as (keyof AuditFilters)[];

/*
 * Filters and page live in the address, so back and forward retrace an auditor's steps and a view can be
 * passed to a colleague. Whatever the address holds, the API validates it again.
 */
export function filtersFrom(search: URLSearchParams): AuditFilters {
  return Object.fromEntries(
    FILTER_NAMES.map((name) => [name, search.get(name)?.trim() ?? '']),
  ) as AuditFilters;
}

export function pageFrom(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

export function searchFrom(filters: AuditFilters, page = 1): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name].trim();
    if (value) search.set(name, value);
  }
  if (page > 1) search.set('page', String(page));
  return search;
}

/** One entry more than a page holds: its presence tells that an older page exists. */
export function auditQueryFrom(search: URLSearchParams): AuditQuery {
  const { action, recordType, recordId, actorUserId, from, to } = filtersFrom(search);
  return {
    action: action || undefined,
    recordType: recordType || undefined,
    recordId: recordId || undefined,
    actorUserId: actorUserId || undefined,
    // "To" includes the whole day chosen; the API's upper bound is exclusive.
    from: startOfLocalDay(from, 0),
    to: startOfLocalDay(to, 1),
    limit: PAGE_SIZE + 1,
    offset: (pageFrom(search) - 1) * PAGE_SIZE,
  };
}

/** The instant a local calendar day (plus `addDays`) begins, in UTC as the API expects. */
function startOfLocalDay(day: string, addDays: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  // A date-time without an offset is read as local time, which is the day the auditor meant.
  const start = new Date(`${day}T00:00:00`);
  if (Number.isNaN(start.getTime())) return undefined;
  start.setDate(start.getDate() + addDays);
  return start.toISOString();
}
