import { EmptyState, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseShare } from '../api/cases.ts';
import { ShareRow } from './ShareRow.tsx';
import { activeFirst, shareStatus } from './share-status.ts';

type SharesTableProps = { shares: CaseShare[]; onRevoke: (share: CaseShare) => void };

export function SharesTable({ shares, onRevoke }: SharesTableProps) {
  const { t } = useTranslation();
  if (shares.length === 0) {
    return (
      <EmptyState
        p="xl"
        title={t('cases.shares.emptyTitle')}
        description={t('cases.shares.empty')}
        role="status"
      />
    );
  }
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('cases.shares.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.shares.agency')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.reason')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.sharedBy')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.sharedAt')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.expiresAt')}</Table.Th>
            <Table.Th scope="col">{t('cases.shares.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('cases.shares.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activeFirst(shares, now).map((share) => (
            <ShareRow key={share.id} share={share} status={shareStatus(share, now)} onRevoke={onRevoke} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
