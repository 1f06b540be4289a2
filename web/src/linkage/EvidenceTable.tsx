import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewPairDetail } from '../api/linkage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { formatBits, isComparison, parseLevel } from './evidence-text.ts';

type EvidenceLine = ReviewPairDetail['evidence'][number];

/** The match weight as the engine computes it: the prior plus each field's evidence, in bits. */
export function EvidenceTable({ pair }: { pair: ReviewPairDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const bits = (value: number) => formatBits(value, language);
  const comparisonLabel = (line: EvidenceLine) =>
    isComparison(line.comparison) ? t(`linkage.comparisons.${line.comparison}`) : line.comparison;
  const outcome = (line: EvidenceLine) => {
    if (line.outcome === 'missing') return t('linkage.outcome.missing');
    if (line.outcome === 'disagree' || line.level === null) return t('linkage.outcome.disagree');
    const level = parseLevel(line.level);
    return level ? t(`linkage.levels.${level.kind}`, { value: level.value }) : line.level;
  };
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={560} type="native">
        <Table verticalSpacing="xs">
          <Table.Caption>{t('linkage.evidenceCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('linkage.field')}</Table.Th>
              <Table.Th scope="col">{t('linkage.result')}</Table.Th>
              <Table.Th scope="col">{t('linkage.frequency')}</Table.Th>
              <Table.Th scope="col">{t('linkage.bits')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('linkage.prior')}</Table.Th>
              <Table.Td>{t('linkage.priorExplained')}</Table.Td>
              <Table.Td />
              <Table.Td>{bits(pair.priorWeight)}</Table.Td>
            </Table.Tr>
            {pair.evidence.map((line) => (
              <Table.Tr key={line.comparison}>
                <Table.Th scope="row">{comparisonLabel(line)}</Table.Th>
                <Table.Td>{outcome(line)}</Table.Td>
                <Table.Td>{line.termFrequencyWeight === null ? '' : bits(line.termFrequencyWeight)}</Table.Td>
                <Table.Td>{bits(line.weight + (line.termFrequencyWeight ?? 0))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('linkage.matchWeight')}</Table.Th>
              <Table.Td colSpan={2}>
                <Text component="span" size="sm">
                  {t('linkage.sumExplained')}
                </Text>
              </Table.Td>
              <Table.Td fw={700} data-testid="match-weight">
                {bits(pair.matchWeight)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
