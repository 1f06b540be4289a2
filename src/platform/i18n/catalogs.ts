import enCli from './locales/en/cli.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enProblems from './locales/en/problems.json' with { type: 'json' };
import enWeb from './locales/en/web.json' with { type: 'json' };
import esCli from './locales/es-MX/cli.json' with { type: 'json' };
import esCommon from './locales/es-MX/common.json' with { type: 'json' };
import esProblems from './locales/es-MX/problems.json' with { type: 'json' };
import esWeb from './locales/es-MX/web.json' with { type: 'json' };

/**
 * One catalog format (i18next JSON, one namespace per file) for the API, the CLI and the web app,
 * so a term in the glossary is written once per language.
 */
export const catalogs = {
  'es-MX': { common: esCommon, problems: esProblems, cli: esCli, web: esWeb },
  en: { common: enCommon, problems: enProblems, cli: enCli, web: enWeb },
} as const;

export const NAMESPACES = ['common', 'problems', 'cli', 'web'] as const;
export type Namespace = (typeof NAMESPACES)[number];
