import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferView } from '../api/jurisdiction.ts';
import { TransferRow } from './TransferRow.tsx';

type TransfersTableProps = {
  direction: 'incoming' | 'outgoing';
  transfers: TransferView[];
  /** Present when the reader may answer incoming requests. */
  onAnswer?: (transfer: TransferView, accept: boolean) => void;
};

export function TransfersTable({ direction, transfers, onAnswer }: TransfersTableProps) {
  const { t } = useTranslation();
  const headingId = `transfers-${direction}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Title id={headingId} order={2} fz="h3" mb="sm">
        {t(`transfers.${direction}`)}
      </Title>
      {transfers.length === 0 ? (
        <Text c="dimmed">
          {t(direction === 'incoming' ? 'transfers.emptyIncoming' : 'transfers.emptyOutgoing')}
        </Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={960} type="native">
            <Table verticalSpacing="sm">
              <Table.Caption>
                <VisuallyHidden>
                  {t(direction === 'incoming' ? 'transfers.incomingCaption' : 'transfers.outgoingCaption')}
                </VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('transfers.case')}</Table.Th>
                  <Table.Th scope="col">
                    {t(direction === 'incoming' ? 'transfers.from' : 'transfers.to')}
                  </Table.Th>
                  <Table.Th scope="col">{t('transfers.reason')}</Table.Th>
                  <Table.Th scope="col">{t('transfers.requestedAt')}</Table.Th>
                  <Table.Th scope="col">{t('transfers.respondBy')}</Table.Th>
                  <Table.Th scope="col">{t('transfers.status')}</Table.Th>
                  {onAnswer && <Table.Th scope="col">{t('transfers.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {transfers.map((transfer) => (
                  <TransferRow
                    key={transfer.id}
                    transfer={transfer}
                    caseReachable={direction === 'outgoing' || transfer.status === 'accepted'}
                    onAnswer={onAnswer && ((accept) => onAnswer(transfer, accept))}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </section>
  );
}
