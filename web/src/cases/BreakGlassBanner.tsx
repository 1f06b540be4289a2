import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Always visible while the reader is inside a case through break-glass access. */
export function BreakGlassBanner({ until }: { until: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const time = until && new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(until));
  return (
    <Alert
      color="red.9"
      variant="filled"
      title={
        time ? t('cases.workspace.breakGlassBanner', { time }) : t('cases.workspace.breakGlassBannerNoTime')
      }
    >
      {t('cases.workspace.breakGlassBannerDetail')}
    </Alert>
  );
}
