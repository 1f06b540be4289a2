import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../../src/platform/i18n/locales/en/common.json';
import enWeb from '../../../src/platform/i18n/locales/en/web.json';
import esCommon from '../../../src/platform/i18n/locales/es-MX/common.json';
import esWeb from '../../../src/platform/i18n/locales/es-MX/web.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, storedLanguage } from './language.ts';

/** The same catalog files the API and CLI read, so a term reads the same everywhere. */
export const resources = {
  'es-MX': { common: esCommon, web: esWeb },
  en: { common: enCommon, web: enWeb },
} as const;

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (current) => {
  document.documentElement.lang = current;
});

await i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: ['common', 'web'],
  defaultNS: 'web',
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : DEFAULT_LANGUAGE;
}
