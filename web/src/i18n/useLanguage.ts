import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n.ts';
import { type Language, rememberLanguage } from './language.ts';

export function useLanguage(): { language: Language; changeLanguage: (chosen: Language) => void } {
  const { i18n } = useTranslation();
  const changeLanguage = (chosen: Language) => {
    rememberLanguage(chosen);
    void i18n.changeLanguage(chosen);
  };
  return { language: currentLanguage(), changeLanguage };
}
