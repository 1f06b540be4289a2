import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Detachment } from '../api/linkage.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { RecordSource } from './RecordSource.tsx';

type ClusterDetachmentsListProps = { detachments: Detachment[]; onUndo: (taken: Detachment) => void };

/** Records taken out of this person (or this record, taken out of another), each with its reason and an undo. */
export function ClusterDetachmentsList({ detachments, onUndo }: ClusterDetachmentsListProps) {
  const { t } = useTranslation();
  if (detachments.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cluster-detachments">
      <Title id="cluster-detachments" order={2} fz="h4" mb="sm">
        {t('linkage.cluster.detachments')}
      </Title>
      <List listStyleType="none" spacing="md">
        {detachments.map((taken) => (
          <List.Item key={taken.id}>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <RecordSource record={taken.record} />
                <Text size="sm">
                  {t('linkage.cluster.detachedOn')} <DateTime iso={taken.detachedAt} />
                </Text>
                <Text size="sm">{t('linkage.cluster.because', { reason: taken.reason })}</Text>
              </Stack>
              <Button size="xs" variant="default" onClick={() => onUndo(taken)}>
                {t('linkage.cluster.undo', { reference: taken.record.caseReference })}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
