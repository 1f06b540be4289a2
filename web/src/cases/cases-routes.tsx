import type { RouteObject } from 'react-router';
import { IMPORT_PATH } from '../exchange/exchange-paths.ts';
import { ImportPage } from '../exchange/ImportPage.tsx';
import { ScreeningPage } from '../identification/ScreeningPage.tsx';
import { CasesPage } from './CasesPage.tsx';
import { CaseWorkspacePage } from './CaseWorkspacePage.tsx';
import { CASES_PATH } from './case-search.ts';

/** The case list, each case's workspace and its screening interview, which replace the module's placeholder. */
export const casesRoutes: RouteObject[] = [
  { path: CASES_PATH, element: <CasesPage /> },
  { path: IMPORT_PATH, element: <ImportPage /> },
  { path: `${CASES_PATH}/:caseId`, element: <CaseWorkspacePage /> },
  { path: `${CASES_PATH}/:caseId/screening`, element: <ScreeningPage /> },
];
