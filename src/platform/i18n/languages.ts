import { negotiate } from '@fastify/accept-negotiator';

export const LANGUAGES = ['es-MX', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es-MX';

/** Accept-Language tags we answer to, mapped onto the catalogs we ship. */
const ACCEPTED_TAGS: Record<string, Language> = {
  'es-MX': 'es-MX',
  es: 'es-MX',
  en: 'en',
  'en-US': 'en',
  'en-GB': 'en',
};

export function languageFromAcceptHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const best = negotiate(header, Object.keys(ACCEPTED_TAGS));
  return best ? (ACCEPTED_TAGS[best] ?? DEFAULT_LANGUAGE) : DEFAULT_LANGUAGE;
}

/** The CLI speaks English when the environment asks for it and Spanish otherwise. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  const requested = env.ENLACE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return requested.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}
