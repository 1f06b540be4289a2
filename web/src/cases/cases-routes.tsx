import type { RouteObject } from 'react-router';
import { CasesPage } from './CasesPage.tsx';
import { CaseWorkspacePage } from './CaseWorkspacePage.tsx';
import { CASES_PATH } from './case-search.ts';

/** The case list and each case's workspace, which replace the module's placeholder. */
export const casesRoutes: RouteObject[] = [
  { path: CASES_PATH, element: <CasesPage /> },
  { path: `${CASES_PATH}/:caseId`, element: <CaseWorkspacePage /> },
];
