import { Button, Group, Loader, SegmentedControl, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReviewQueue, type ReviewStatus } from '../api/linkage.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ReviewQueueTable } from './ReviewQueueTable.tsx';

const STATUSES: readonly ReviewStatus[] = ['pending', 'linked', 'decided'];

/** Pairs of survivor records that may be one person, for supervisors who may see both records. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReviewStatus>('pending');
  const [page, setPage] = useState(1);
  const read = useCallback(() => fetchReviewQueue(status, page), [status, page]);
  const queue = useApiQuery(read, null);
  return (
    <Stack gap="xl">
      <PageHeading title={t('linkage.title')} description={t('linkage.intro')} />
      <SegmentedControl
        aria-label={t('linkage.statusFilter')}
        value={status}
        onChange={(value) => {
          setStatus(value as ReviewStatus);
          setPage(1);
        }}
        data={STATUSES.map((value) => ({ value, label: t(`linkage.status.${value}`) }))}
        w="fit-content"
      />
      {queue.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {queue.status === 'failed' && <ProblemAlert error={queue.error} />}
      {queue.status === 'loaded' && (
        <>
          <ReviewQueueTable status={status} pairs={queue.data.items} />
          <Group>
            {page > 1 && (
              <Button variant="default" onClick={() => setPage(page - 1)}>
                {t('linkage.previousPage')}
              </Button>
            )}
            {queue.data.hasMore && (
              <Button variant="default" onClick={() => setPage(page + 1)}>
                {t('linkage.nextPage')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
