import { Anchor, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewPair, ReviewStatus } from '../api/linkage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { formatBits } from './evidence-text.ts';
import { pairPath } from './linkage-paths.ts';
import { RecordSource } from './RecordSource.tsx';

type ReviewQueueTableProps = { status: ReviewStatus; pairs: ReviewPair[] };

export function ReviewQueueTable({ status, pairs }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (pairs.length === 0) return <Text c="dimmed">{t(`linkage.empty.${status}`)}</Text>;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={800} type="native">
        <Table verticalSpacing="sm">
          <Table.Caption>
            <VisuallyHidden>{t(`linkage.caption.${status}`)}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('linkage.firstRecord')}</Table.Th>
              <Table.Th scope="col">{t('linkage.secondRecord')}</Table.Th>
              <Table.Th scope="col">{t('linkage.probability')}</Table.Th>
              <Table.Th scope="col">{t('linkage.matchWeight')}</Table.Th>
              <Table.Th scope="col">{t('linkage.state')}</Table.Th>
              <Table.Th scope="col">{t('linkage.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((pair) => (
              <Table.Tr key={pair.id}>
                <Table.Td>
                  <RecordSource record={pair.first} />
                </Table.Td>
                <Table.Td>
                  <RecordSource record={pair.second} />
                </Table.Td>
                <Table.Td>{percent.format(pair.matchProbability)}</Table.Td>
                <Table.Td>{formatBits(pair.matchWeight, language)}</Table.Td>
                <Table.Td>
                  {pair.decision ? t(`linkage.decision.${pair.decision}`) : t(`linkage.status.${status}`)}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={pairPath(pair.id)}>
                    {t('linkage.review', {
                      first: pair.first.caseReference,
                      second: pair.second.caseReference,
                    })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
