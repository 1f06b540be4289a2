import type { RouteObject } from 'react-router';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { PublicStatisticsPage } from './PublicStatisticsPage.tsx';

/** Outside RequireSession: anyone reads the released statistics without signing in. */
export const publicStatisticsRoutes: RouteObject[] = [
  { path: '/public/statistics', element: <PublicStatisticsPage />, errorElement: <RouteErrorPage /> },
  { path: '/public/statistics/:year', element: <PublicStatisticsPage />, errorElement: <RouteErrorPage /> },
];
