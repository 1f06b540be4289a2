import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseAuditEntry } from '../api/case-audit.ts';
import { RoleNames } from '../audit/RoleNames.tsx';
import { DateTime } from '../i18n/DateTime.tsx';
import { actionKey } from './case-audit-vocabulary.ts';

const KIND_COLOURS: Record<CaseAuditEntry['kind'], string> = {
  break_glass: 'red',
  identity: 'pink',
  export: 'grape',
  share: 'blue',
  read: 'gray',
  change: 'indigo',
};

/** When, who (name, agency, roles), what (kind, sentence, code) and which fields or reason; never values. */
export function CaseAuditEntryRow({ entry }: { entry: CaseAuditEntry }) {
  const { t } = useTranslation();
  const key = actionKey(entry.action);
  return (
    <Table.Tr>
      <Table.Td>
        <DateTime iso={entry.occurredAt} />
      </Table.Td>
      <Table.Td>
        {entry.actor === null ? (
          <Text fz="sm">{t('caseAudit.system')}</Text>
        ) : (
          <Stack gap={2}>
            <Text fz="sm" fw={500}>
              {entry.actor.displayName ?? t('caseAudit.unnamed')}
              {entry.actor.agencyCode && ` (${entry.actor.agencyCode})`}
            </Text>
            <Text fz="xs" c="dimmed">
              <RoleNames roles={entry.actor.roles} />
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge variant="light" color={KIND_COLOURS[entry.kind]}>
            {t(`caseAudit.kinds.${entry.kind}`)}
          </Badge>
          {key && <Text fz="sm">{t(`caseAudit.actions.${key}`)}</Text>}
          <Code>{entry.action}</Code>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {entry.fields.length > 0 && (
            <Text fz="sm">{t('caseAudit.fields', { fields: entry.fields.join(', ') })}</Text>
          )}
          {entry.reason && <Text fz="sm">{t('caseAudit.reason', { reason: entry.reason })}</Text>}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
