import { CASE_STATUSES } from '../../../src/modules/cases/schema.ts';
import { STATE_CODES } from '../../../src/modules/catalog/states.ts';
import type { CaseListQuery } from '../api/cases.ts';

export type CaseFilters = { status: string; stateCode: string };

/** A move to another page: the API's cursor for it, and its number, which only labels the page. */
export type CasePageMove = { cursor: string; page: number };

export const CASES_PATH = '/cases';
export const PAGE_SIZE = 50;

const known = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** Filters and page live in the address, so back and forward and shared links show the same list. */
export function caseFiltersFrom(search: URLSearchParams): CaseFilters {
  return { status: search.get('status') ?? '', stateCode: search.get('stateCode') ?? '' };
}

/** The page's number for the "cases 51 to 100" line; without a cursor the list is on its first page. */
export function casePageFrom(search: URLSearchParams): number {
  if (!search.get('cursor')) return 1;
  const page = Number(search.get('page'));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

export function caseSearchFrom(filters: CaseFilters, move?: CasePageMove): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.stateCode) search.set('stateCode', filters.stateCode);
  if (move) {
    search.set('cursor', move.cursor);
    search.set('page', String(move.page));
  }
  return search;
}

/** Pages by the cursors the API hands out, so a page deep in the list costs what the first one does. */
export function caseQueryFrom(search: URLSearchParams): CaseListQuery {
  const cursor = search.get('cursor');
  return {
    status: known(CASE_STATUSES, search.get('status')),
    stateCode: known(STATE_CODES, search.get('stateCode')),
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  };
}

export const casePath = (caseId: string) => `${CASES_PATH}/${caseId}`;
