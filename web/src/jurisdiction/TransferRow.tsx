import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TransferView } from '../api/jurisdiction.ts';
import { CASES_PATH } from '../cases/case-search.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { TransferDeadline } from './TransferDeadline.tsx';

type TransferRowProps = {
  transfer: TransferView;
  /** Whether the case can be opened from here: the sender can; the receiver once it accepted. */
  caseReachable: boolean;
  onAnswer?: (accept: boolean) => void;
};

export function TransferRow({ transfer, caseReachable, onAnswer }: TransferRowProps) {
  const { t } = useTranslation();
  const id = transfer.caseId.slice(0, 8);
  const caseLabel = t('transfers.caseNumber', { id });
  const pending = transfer.status === 'pending';
  return (
    <Table.Tr>
      <Table.Td>
        {caseReachable ? (
          <Anchor component={Link} to={`${CASES_PATH}/${transfer.caseId}`}>
            {caseLabel}
          </Anchor>
        ) : (
          caseLabel
        )}
      </Table.Td>
      <Table.Td>{transfer.direction === 'incoming' ? transfer.from.code : transfer.to.code}</Table.Td>
      <Table.Td maw={320}>{transfer.reason}</Table.Td>
      <Table.Td>
        <DateTime iso={transfer.requestedAt} />
      </Table.Td>
      <Table.Td>
        <TransferDeadline
          respondBy={transfer.respondBy}
          pending={pending}
          overdue={transfer.overdue}
          escalated={transfer.escalated}
        />
      </Table.Td>
      <Table.Td miw={130}>
        <Badge variant="light" color={pending ? 'blue' : 'gray'}>
          {t(`transfers.statuses.${transfer.status}`)}
        </Badge>
      </Table.Td>
      {onAnswer && (
        <Table.Td>
          {pending && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                aria-label={t('transfers.acceptLabel', { agency: transfer.from.code, id })}
                onClick={() => onAnswer(true)}
              >
                {t('transfers.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                aria-label={t('transfers.declineLabel', { agency: transfer.from.code, id })}
                onClick={() => onAnswer(false)}
              >
                {t('transfers.decline')}
              </Button>
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
