import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchTransfers } from '../api/jurisdiction.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { CASES_PATH } from '../cases/case-search.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { answersTransfers } from './jurisdiction-paths.ts';
import { type Answering, RespondTransferDialog } from './RespondTransferDialog.tsx';
import { TransfersTable } from './TransfersTable.tsx';

/** Requests the reader's agency received and sent, pending and overdue first, with their deadlines. */
export function TransferInboxPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [answered, setAnswered] = useState<Answering | null>(null);
  const transfers = useApiQuery(fetchTransfers, answered);
  const [answering, setAnswering] = useState<Answering | null>(null);
  const mayAnswer = answersTransfers(user);
  return (
    <Stack gap="xl">
      <PageHeading title={t('transfers.title')} description={t('transfers.intro')} />
      <Text role="status">
        {answered && t(answered.accept ? 'transfers.respond.accepted' : 'transfers.respond.declined')}{' '}
        {answered?.accept && (
          <Anchor component={Link} to={`${CASES_PATH}/${answered.transfer.caseId}`}>
            {t('transfers.respond.openCase')}
          </Anchor>
        )}
      </Text>
      {transfers.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {transfers.status === 'failed' && <ProblemAlert error={transfers.error} />}
      {transfers.status === 'loaded' && (
        <>
          <TransfersTable
            direction="incoming"
            transfers={transfers.data.filter((transfer) => transfer.direction === 'incoming')}
            onAnswer={mayAnswer ? (transfer, accept) => setAnswering({ transfer, accept }) : undefined}
          />
          <TransfersTable
            direction="outgoing"
            transfers={transfers.data.filter((transfer) => transfer.direction === 'outgoing')}
          />
        </>
      )}
      <RespondTransferDialog
        answering={answering}
        onClose={() => setAnswering(null)}
        onAnswered={(done) => {
          setAnswering(null);
          setAnswered(done);
        }}
      />
    </Stack>
  );
}
