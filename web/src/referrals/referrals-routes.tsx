import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { CoverageGapsPage } from './CoverageGapsPage.tsx';
import { DirectoryPage } from './DirectoryPage.tsx';
import { ReferralInboxPage } from './ReferralInboxPage.tsx';
import { COVERAGE_GAPS_PATH, DIRECTORY_PATH, REFERRALS_PATH } from './referral-paths.ts';

/** The report is for statisticians, as the API answers 404 to anyone else. */
function StatisticiansOnly() {
  return useCurrentUser().roles.includes('statistician') ? <CoverageGapsPage /> : <NotFoundPage />;
}

/** The inbox is the referrals module's page; the directory holds no case data, so anyone signed in browses it. */
export const referralsRoutes: RouteObject[] = [
  { path: REFERRALS_PATH, element: <ReferralInboxPage /> },
  { path: DIRECTORY_PATH, element: <DirectoryPage /> },
  { path: COVERAGE_GAPS_PATH, element: <StatisticiansOnly /> },
];
