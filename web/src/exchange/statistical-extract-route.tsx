import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { STATISTICAL_EXTRACT_PATH } from './exchange-paths.ts';
import { StatisticalExtractPage } from './StatisticalExtractPage.tsx';

/** Anyone but a statistician finds no such page, as the API refuses them the extract. */
function StatisticiansOnly() {
  return useCurrentUser().roles.includes('statistician') ? <StatisticalExtractPage /> : <NotFoundPage />;
}

export const statisticalExtractRoute: RouteObject = {
  path: STATISTICAL_EXTRACT_PATH,
  element: <StatisticiansOnly />,
};
