import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonCluster } from '../api/linkage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { formatBits } from './evidence-text.ts';
import { pairPath } from './linkage-paths.ts';

type ClusterPairsTableProps = Pick<PersonCluster, 'records' | 'pairs'>;

/** The evidence that holds the person together: each stored pair of its records, with the decision if any. */
export function ClusterPairsTable({ records, pairs }: ClusterPairsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const reference = new Map(records.map((record) => [record.personId, record.caseReference]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cluster-pairs">
      <Title id="cluster-pairs" order={2} fz="h4" mb="sm">
        {t('linkage.cluster.evidence')}
      </Title>
      {pairs.length === 0 ? (
        <Text c="dimmed">{t('linkage.cluster.noPairs')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700} type="native">
          <Table verticalSpacing="sm" aria-labelledby="cluster-pairs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('linkage.cluster.betweenRecords')}</Table.Th>
                <Table.Th scope="col">{t('linkage.probability')}</Table.Th>
                <Table.Th scope="col">{t('linkage.matchWeight')}</Table.Th>
                <Table.Th scope="col">{t('linkage.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.map((pair) => {
                const names = {
                  first: reference.get(pair.firstPersonId) ?? '',
                  second: reference.get(pair.secondPersonId) ?? '',
                };
                return (
                  <Table.Tr key={pair.pairId}>
                    <Table.Th scope="row" fw="normal">
                      <Anchor component={Link} to={pairPath(pair.pairId)}>
                        {t('linkage.review', names)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{percent.format(pair.matchProbability)}</Table.Td>
                    <Table.Td>{formatBits(pair.matchWeight, language)}</Table.Td>
                    <Table.Td>
                      {pair.decision ? t(`linkage.decision.${pair.decision}`) : t('linkage.status.linked')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
