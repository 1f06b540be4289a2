import { Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchTaskInbox } from '../api/follow-up.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchReferralInbox, type ReferralView } from '../api/referrals.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { FollowUpTasksTable } from './FollowUpTasksTable.tsx';
import { ReferralsTable } from './ReferralsTable.tsx';

/** What the reader's institution received (overdue first) and sent; a provider sees no case here. */
export function ReferralInboxPage() {
  const { t } = useTranslation();
  const [changedAt, setChangedAt] = useState(0);
  const inbox = useApiQuery(fetchReferralInbox, changedAt);
  const tasks = useApiQuery(fetchTaskInbox, null);
  const section = (direction: ReferralView['direction'], items: ReferralView[]) => (
    <Stack component="section" aria-labelledby={`referrals-${direction}`} gap="sm">
      <Title id={`referrals-${direction}`} order={2} fz="h3">
        {t(`referrals.inbox.${direction}`)}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">
          {t(direction === 'incoming' ? 'referrals.inbox.emptyIncoming' : 'referrals.inbox.emptyOutgoing')}
        </Text>
      ) : (
        <ReferralsTable
          caption={t(`referrals.inbox.${direction}`)}
          referrals={items}
          onMoved={() => setChangedAt(Date.now())}
        />
      )}
    </Stack>
  );
  return (
    <Stack gap="xl">
      <PageHeading title={t('referrals.inbox.title')} description={t('referrals.inbox.intro')} />
      {inbox.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {inbox.status === 'failed' && <ProblemAlert error={inbox.error} />}
      {inbox.status === 'loaded' && (
        <>
          {section(
            'incoming',
            inbox.data.filter((item) => item.direction === 'incoming'),
          )}
          {section(
            'outgoing',
            inbox.data.filter((item) => item.direction === 'outgoing'),
          )}
        </>
      )}
      {tasks.status === 'failed' && <ProblemAlert error={tasks.error} />}
      {tasks.status === 'loaded' && tasks.data.length > 0 && (
        <Stack component="section" aria-labelledby="follow-up-inbox" gap="sm">
          <Title id="follow-up-inbox" order={2} fz="h3">
            {t('referrals.followUp.inbox')}
          </Title>
          <FollowUpTasksTable caption={t('referrals.followUp.inbox')} tasks={tasks.data} />
        </Stack>
      )}
    </Stack>
  );
}
