import { Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { CheckIcon } from '../icons/CheckIcon.tsx';

/** Mantine menu items are plain menuitems, so the current language is marked in words, not aria-checked. */
export function LanguageMenuItems() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <>
      <Menu.Label>{t('language.label')}</Menu.Label>
      {LANGUAGES.map((option) => (
        <Menu.Item
          key={option}
          lang={option}
          onClick={() => changeLanguage(option)}
          rightSection={option === language ? <CheckIcon /> : null}
        >
          {LANGUAGE_NAMES[option]}
          {option === language && <VisuallyHidden>{` (${t('language.current')})`}</VisuallyHidden>}
        </Menu.Item>
      ))}
    </>
  );
}
