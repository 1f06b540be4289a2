import i18next, { type TFunction } from 'i18next';
import { catalogs, NAMESPACES } from './catalogs.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.ts';

const instance = i18next.createInstance();
await instance.init({
  resources: catalogs,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = TFunction;

export function translatorFor(language: Language): Translate {
  return instance.getFixedT(language);
}

export function hasMessage(key: string, language: Language): boolean {
  return instance.exists(key, { lng: language });
}
