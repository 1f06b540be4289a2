import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseShare } from '../api/cases.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import type { ShareStatus } from './share-status.ts';

type ShareRowProps = { share: CaseShare; status: ShareStatus; onRevoke: (share: CaseShare) => void };

/** Ended shares stay listed for the record, on a grey row and with their state written out, not by colour alone. */
export function ShareRow({ share, status, onRevoke }: ShareRowProps) {
  const { t } = useTranslation();
  const agency = `${share.agency.name} (${share.agency.code})`;
  const active = status === 'active';
  return (
    <Table.Tr bg={active ? undefined : 'gray.1'}>
      <Table.Th scope="row" fw={500}>
        {agency}
      </Table.Th>
      <Table.Td maw={320}>
        <Text fz="sm" lineClamp={3} title={share.reason}>
          {share.reason}
        </Text>
      </Table.Td>
      <Table.Td>{share.sharedBy.displayName}</Table.Td>
      <Table.Td>
        <DateTime iso={share.sharedAt} />
      </Table.Td>
      <Table.Td>{share.expiresAt ? <DateTime iso={share.expiresAt} /> : t('cases.shares.noExpiry')}</Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Badge variant={active ? 'dot' : 'light'} color={active ? 'green' : 'gray'} miw="max-content">
            {t(`cases.shares.statuses.${status}`)}
          </Badge>
          {share.revokedAt && (
            <Text fz="xs">
              <DateTime iso={share.revokedAt} />
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {active && (
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('cases.shares.revoke.label', { agency })}
            onClick={() => onRevoke(share)}
          >
            {t('cases.shares.revoke.button')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
