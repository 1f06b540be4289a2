import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonCluster } from '../api/linkage.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { RecordFacts } from './RecordFacts.tsx';
import { RecordSource } from './RecordSource.tsx';

type ClusterRecordsTableProps = {
  records: PersonCluster['records'];
  onDetach: (record: PersonCluster['records'][number]) => void;
};

/** The person's records the reviewer may see: agency and case, facts in clear, when each was linked. */
export function ClusterRecordsTable({ records, onDetach }: ClusterRecordsTableProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cluster-records">
      <Title id="cluster-records" order={2} fz="h4" mb="sm">
        {t('linkage.cluster.records', { count: records.length })}
      </Title>
      <Table.ScrollContainer minWidth={700} type="native">
        <Table verticalSpacing="sm" aria-labelledby="cluster-records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('linkage.cluster.record')}</Table.Th>
              <Table.Th scope="col">{t('linkage.cluster.facts')}</Table.Th>
              <Table.Th scope="col">{t('linkage.cluster.linkedAt')}</Table.Th>
              <Table.Th scope="col">{t('linkage.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <Table.Tr key={record.personId}>
                <Table.Th scope="row" fw="normal">
                  <RecordSource record={record} />
                </Table.Th>
                <Table.Td>
                  <RecordFacts record={record} />
                </Table.Td>
                <Table.Td>
                  <DateTime iso={record.linkedAt} />
                </Table.Td>
                <Table.Td>
                  {records.length > 1 ? (
                    <Button size="xs" color="red.9" variant="outline" onClick={() => onDetach(record)}>
                      {t('linkage.cluster.detach', { reference: record.caseReference })}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('linkage.cluster.alone')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
