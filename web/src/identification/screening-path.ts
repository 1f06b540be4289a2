import { CASES_PATH } from '../cases/case-search.ts';

/** The screening interview of one case: a page of its own, so a reload lands back on it. */
export const screeningPath = (caseId: string) => `${CASES_PATH}/${encodeURIComponent(caseId)}/screening`;
