import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { ActionLabel } from './ActionLabel.tsx';
import { AgencyName } from './AgencyName.tsx';
import { ChainPosition } from './ChainPosition.tsx';
import { FactList } from './FactList.tsx';
import { FullId } from './FullId.tsx';
import { NoValue } from './NoValue.tsx';
import { RecordTypeName } from './RecordTypeName.tsx';
import { RoleNames } from './RoleNames.tsx';

/** Every column of the entry, ids in full: the table shortens them, an investigation needs them whole. */
export function AuditEntryFacts({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <FactList
      facts={[
        { label: t('audit.entry.id'), value: <Code>{entry.id}</Code> },
        { label: t('audit.log.time'), value: <DateTime iso={entry.occurredAt} withTimeZone /> },
        { label: t('audit.log.action'), value: <ActionLabel code={entry.action} /> },
        {
          label: t('audit.log.actor'),
          value: entry.actorUserId ? <FullId id={entry.actorUserId} /> : t('audit.systemActor'),
        },
        { label: t('audit.entry.agency'), value: <AgencyName id={entry.actorAgencyId} full /> },
        {
          label: t('audit.entry.roles'),
          value: entry.actorRoles.length > 0 ? <RoleNames roles={entry.actorRoles} /> : <NoValue />,
        },
        {
          label: t('audit.log.record'),
          value:
            entry.recordType === null && entry.recordId === null ? (
              <NoValue />
            ) : (
              <Stack gap={2} align="flex-start">
                {entry.recordType !== null && <RecordTypeName type={entry.recordType} />}
                {entry.recordId !== null && <FullId id={entry.recordId} />}
              </Stack>
            ),
        },
        {
          label: t('audit.log.reason'),
          value: entry.reason ? <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.reason}</Text> : <NoValue />,
        },
        { label: t('audit.entry.request'), value: <FullId id={entry.requestId} /> },
        { label: t('audit.log.chainPosition'), value: <ChainPosition position={entry.chainPosition} /> },
      ]}
    />
  );
}
