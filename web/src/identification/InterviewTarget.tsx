import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { ScreeningTarget } from './screening-stage.ts';

/** Who is being interviewed, and with which instrument, above every step. */
export function InterviewTarget({ target }: { target: ScreeningTarget }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Text c="dimmed" fz="sm">
      {`${t('identification.personNumber', { number: target.number })} · ${target.instrument.title[language]}`}
    </Text>
  );
}
