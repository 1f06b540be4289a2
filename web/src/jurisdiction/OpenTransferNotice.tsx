import { Alert, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseJurisdiction } from '../api/jurisdiction.ts';
import { CaseFact as Fact } from '../cases/CaseFact.tsx';
import { TransferDeadline } from './TransferDeadline.tsx';

type OpenTransfer = NonNullable<CaseJurisdiction['openTransfer']>;

export function OpenTransferNotice({ transfer }: { transfer: OpenTransfer }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={transfer.overdue ? 'red' : 'blue'}
      variant="light"
      title={t('jurisdiction.openTransfer.title')}
    >
      <Text mb="sm">
        {t('jurisdiction.openTransfer.detail', { from: transfer.from.code, to: transfer.to.code })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Fact label={t('jurisdiction.openTransfer.reason')}>{transfer.reason}</Fact>
        <Fact label={t('jurisdiction.openTransfer.respondBy')}>
          <TransferDeadline
            respondBy={transfer.respondBy}
            pending
            overdue={transfer.overdue}
            escalated={transfer.escalated}
          />
        </Fact>
      </SimpleGrid>
    </Alert>
  );
}
