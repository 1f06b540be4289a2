import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewPair } from '../api/linkage.ts';

/** The facts a linked record keeps in clear; names stay in the case, behind its audited reveal. */
export function RecordFacts({ record }: { record: ReviewPair['first'] }) {
  const { t } = useTranslation();
  const unknown = t('linkage.unknown');
  return (
    <Text size="sm">
      {t('linkage.facts', {
        sex: record.sex ? t(`cases.people.sexes.${record.sex}`) : unknown,
        birthYear: record.birthYear ?? unknown,
        nationality: record.nationality ?? unknown,
      })}
    </Text>
  );
}
