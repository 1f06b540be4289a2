import type { resources } from './i18n.ts';

/** Typed keys: a misspelt or missing Spanish message is a compile error, not a blank label. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: (typeof resources)['es-MX'];
  }
}
