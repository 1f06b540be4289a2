import { Alert, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScreeningResult } from '../api/screening.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { OUTCOME_COLORS } from './OutcomeLabel.tsx';
import { PalermoElements } from './PalermoElements.tsx';

/** The classification with its reasons, in the language the reader uses (the result carries both). */
export function ScreeningResultView({ result }: { result: ScreeningResult }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Stack gap="lg">
      <Alert
        color={OUTCOME_COLORS[result.result]}
        variant="light"
        title={t(`identification.outcomes.${result.result}`)}
      >
        {t('identification.notice')}
      </Alert>
      <PalermoElements result={result} />
      <div>
        <Title order={3} fz="h4">
          {t('identification.result.reasons')}
        </Title>
        <List mt="xs" spacing="xs">
          {result.reasons.map((reason) => (
            <List.Item key={reason.rule}>{language === 'en' ? reason.en : reason.es}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
