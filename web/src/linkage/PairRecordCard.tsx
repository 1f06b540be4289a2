import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewPair } from '../api/linkage.ts';
import { RecordSource } from './RecordSource.tsx';

type PairRecordCardProps = { heading: string; headingId: string; record: ReviewPair['first'] };

/**
 * What the queue shows of a record: where it comes from and the facts kept in clear. Names stay in
 * the case, behind its audited identity reveal.
 */
export function PairRecordCard({ heading, headingId, record }: PairRecordCardProps) {
  const { t } = useTranslation();
  const unknown = t('linkage.unknown');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title id={headingId} order={2} fz="h4">
          {heading}
        </Title>
        <RecordSource record={record} />
        <Text size="sm">
          {t('linkage.facts', {
            sex: record.sex ? t(`cases.people.sexes.${record.sex}`) : unknown,
            birthYear: record.birthYear ?? unknown,
            nationality: record.nationality ?? unknown,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('linkage.identityInCase')}
        </Text>
      </Stack>
    </Paper>
  );
}
