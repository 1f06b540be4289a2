import { CASE_STATUSES } from '../../../src/modules/cases/schema.ts';
import { STATE_CODES } from '../../../src/modules/catalog/states.ts';
import type { CaseListQuery } from '../api/cases.ts';

export type CaseFilters = { status: string; stateCode: string };

export const CASES_PATH = '/cases';
export const PAGE_SIZE = 50;

const known = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** Filters and page live in the address, so back and forward and shared links show the same list. */
export function caseFiltersFrom(search: URLSearchParams): CaseFilters {
  return { status: search.get('status') ?? '', stateCode: search.get('stateCode') ?? '' };
}

export function casePageFrom(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

export function caseSearchFrom(filters: CaseFilters, page = 1): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.stateCode) search.set('stateCode', filters.stateCode);
  if (page > 1) search.set('page', String(page));
  return search;
}

/** One case more than a page holds: its presence tells that a next page exists. */
export function caseQueryFrom(search: URLSearchParams): CaseListQuery {
  return {
    status: known(CASE_STATUSES, search.get('status')),
    stateCode: known(STATE_CODES, search.get('stateCode')),
    limit: PAGE_SIZE + 1,
    offset: (casePageFrom(search) - 1) * PAGE_SIZE,
  };
}

export const casePath = (caseId: string) => `${CASES_PATH}/${caseId}`;
