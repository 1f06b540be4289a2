import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { LINKAGE_PATH, reviewsLinkage } from './linkage-paths.ts';
import { PairReviewPage } from './PairReviewPage.tsx';
import { PersonClusterPage } from './PersonClusterPage.tsx';
import { ReviewQueuePage } from './ReviewQueuePage.tsx';

/** Only reviewers find the queue and its pairs; the API refuses everyone else as well. */
function ReviewersOnly({ children }: { children: React.ReactNode }) {
  return reviewsLinkage(useCurrentUser()) ? children : <NotFoundPage />;
}

/** Others learn who reviews instead of finding an empty page. */
function QueueOrExplanation() {
  const { t } = useTranslation();
  if (reviewsLinkage(useCurrentUser())) return <ReviewQueuePage />;
  return <PageHeading title={t('linkage.title')} description={t('linkage.reviewersOnly')} />;
}

/** The record-linkage review queue, each pair's review and each person's records, which replace the module's placeholder. */
export const linkageRoutes: RouteObject[] = [
  {
    path: LINKAGE_PATH,
    element: <QueueOrExplanation />,
  },
  {
    path: `${LINKAGE_PATH}/pairs/:pairId`,
    element: (
      <ReviewersOnly>
        <PairReviewPage />
      </ReviewersOnly>
    ),
  },
  {
    path: `${LINKAGE_PATH}/clusters/:clusterId`,
    element: (
      <ReviewersOnly>
        <PersonClusterPage />
      </ReviewersOnly>
    ),
  },
];
