import type { CurrentUser } from '../../../src/contracts/session.ts';
import { language } from '../../../src/contracts/session.ts';

export type Language = CurrentUser['locale'];

export const LANGUAGES: readonly Language[] = language.options;
export const DEFAULT_LANGUAGE: Language = 'es-MX';

/** Each language is offered under its own name, so a reader can find theirs whatever is showing. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'es-MX': 'Español (México)', en: 'English' };

export function languageName(tag: string): string {
  const known = language.safeParse(tag);
  return known.success ? LANGUAGE_NAMES[known.data] : tag;
}

const STORAGE_KEY = 'enlace.language';

export function storedLanguage(): Language {
  const parsed = language.safeParse(window.localStorage.getItem(STORAGE_KEY));
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export function rememberLanguage(chosen: Language): void {
  window.localStorage.setItem(STORAGE_KEY, chosen);
}
