import { createBrowserRouter } from 'react-router';
import { agenciesRoute, usersRoute } from './admin/admin-route.tsx';
import { auditRoute } from './audit/audit-route.tsx';
import { casesRoutes } from './cases/cases-routes.tsx';
import { statisticalExtractRoute } from './exchange/statistical-extract-route.tsx';
import { AppFrame } from './frame/AppFrame.tsx';
import { transfersRoute } from './jurisdiction/transfers-route.tsx';
import { linkageRoutes } from './linkage/linkage-routes.tsx';
import { ModulePlaceholderPage } from './modules/ModulePlaceholderPage.tsx';
import { MODULES } from './modules/modules.ts';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RouteErrorPage } from './pages/RouteErrorPage.tsx';
import { publicStatisticsRoutes, releasesRoute } from './publication/public-statistics-routes.tsx';
import { referralsRoutes } from './referrals/referrals-routes.tsx';
import { reportsRoutes } from './reports/reports-routes.tsx';
import { RequireSession } from './session/RequireSession.tsx';
import { SignInPage } from './sign-in/SignInPage.tsx';
import { SystemStatusPage } from './system/SystemStatusPage.tsx';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  ...publicStatisticsRoutes,
  {
    path: '/',
    element: (
      <RequireSession>
        <AppFrame />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      ...casesRoutes,
      statisticalExtractRoute,
      ...referralsRoutes,
      ...linkageRoutes,
      ...MODULES.filter((module) => !['cases', 'referrals', 'linkage'].includes(module.key)).map(
        (module) => ({
          path: module.path,
          element: <ModulePlaceholderPage key={module.key} module={module} />,
        }),
      ),
      { path: '/system', element: <SystemStatusPage /> },
      ...reportsRoutes,
      transfersRoute,
      auditRoute,
      usersRoute,
      agenciesRoute,
      releasesRoute,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
