import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dash for the eye, words for a screen reader, which would otherwise read out the punctuation. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <Text span c="dimmed" aria-hidden="true">
        —
      </Text>
      <VisuallyHidden>{t('audit.noValue')}</VisuallyHidden>
    </>
  );
}
