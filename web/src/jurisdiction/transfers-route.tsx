import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { TRANSFERS_PATH, worksCases } from './jurisdiction-paths.ts';
import { TransferInboxPage } from './TransferInboxPage.tsx';

/** Roles that never work cases find nothing here, as the API gives them an empty inbox. */
function CaseWorkersOnly() {
  return worksCases(useCurrentUser()) ? <TransferInboxPage /> : <NotFoundPage />;
}

export const transfersRoute: RouteObject = { path: TRANSFERS_PATH, element: <CaseWorkersOnly /> };
