import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Before signing in there is no user menu, so the other language is offered by its own name here. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  const other = LANGUAGES.find((option) => option !== language) ?? language;
  return (
    <Button
      variant="outline"
      color="white"
      size="xs"
      lang={other}
      title={t('language.switch')}
      onClick={() => changeLanguage(other)}
    >
      {LANGUAGE_NAMES[other]}
    </Button>
  );
}
