import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewPair } from '../api/linkage.ts';
import { clusterPath } from './linkage-paths.ts';
import { RecordFacts } from './RecordFacts.tsx';
import { RecordSource } from './RecordSource.tsx';

type PairRecordCardProps = { heading: string; headingId: string; record: ReviewPair['first'] };

/**
 * What the queue shows of a record: where it comes from and the facts kept in clear. Names stay in
 * the case, behind its audited identity reveal.
 */
export function PairRecordCard({ heading, headingId, record }: PairRecordCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title id={headingId} order={2} fz="h4">
          {heading}
        </Title>
        <RecordSource record={record} />
        <RecordFacts record={record} />
        {record.clusterId && (
          <Anchor component={Link} to={clusterPath(record.clusterId)}>
            {t('linkage.cluster.open', { reference: record.caseReference })}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {t('linkage.identityInCase')}
        </Text>
      </Stack>
    </Paper>
  );
}
