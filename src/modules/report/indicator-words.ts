import type { Language } from '../../platform/i18n/languages.ts';

type Words = { es: string; en: string };

/**
 * How the report names each indicator it can write a sentence about: the noun for "the number of …" and
 * a short name for tables. Codes absent here still appear in the annex, under their code.
 */
const INDICATOR_WORDS: Record<string, { noun: Words; name: Words }> = {
  'prosecution.investigations': {
    noun: { es: 'investigaciones por trata de personas', en: 'trafficking investigations' },
    name: { es: 'Investigaciones', en: 'Investigations' },
  },
  'prosecution.prosecutions': {
    noun: { es: 'procesos penales por trata de personas', en: 'trafficking prosecutions' },
    name: { es: 'Procesos penales', en: 'Prosecutions' },
  },
  'prosecution.convictions': {
    noun: { es: 'personas condenadas por trata de personas', en: 'convicted trafficking offenders' },
    name: { es: 'Condenas', en: 'Convictions' },
  },
  'prosecution.acquittals': {
    noun: { es: 'absoluciones en casos de trata de personas', en: 'acquittals in trafficking cases' },
    name: { es: 'Absoluciones', en: 'Acquittals' },
  },
  'prosecution.sentence_length': {
    noun: { es: 'penas de prisión impuestas', en: 'prison sentences imposed' },
    name: { es: 'Penas de prisión (años)', en: 'Prison sentences (years)' },
  },
  'prosecution.bilateral_investigations': {
    noun: {
      es: 'investigaciones bilaterales con otros gobiernos',
      en: 'bilateral investigations with other governments',
    },
    name: { es: 'Investigaciones bilaterales', en: 'Bilateral investigations' },
  },
  'prosecution.extraditions': {
    noun: { es: 'extradiciones por trata de personas', en: 'extraditions for trafficking' },
    name: { es: 'Extradiciones', en: 'Extraditions' },
  },
  'prosecution.officials_investigated': {
    noun: {
      es: 'personas servidoras públicas investigadas por complicidad',
      en: 'public officials investigated for complicity',
    },
    name: { es: 'Complicidad: investigaciones', en: 'Complicity: investigations' },
  },
  'prosecution.officials_prosecuted': {
    noun: {
      es: 'personas servidoras públicas procesadas por complicidad',
      en: 'public officials prosecuted for complicity',
    },
    name: { es: 'Complicidad: procesos penales', en: 'Complicity: prosecutions' },
  },
  'prosecution.officials_convicted': {
    noun: {
      es: 'personas servidoras públicas condenadas por complicidad',
      en: 'public officials convicted for complicity',
    },
    name: { es: 'Complicidad: condenas', en: 'Complicity: convictions' },
  },
  'protection.survivors_identified': {
    noun: { es: 'víctimas identificadas', en: 'victims identified' },
    name: { es: 'Víctimas identificadas', en: 'Victims identified' },
  },
  'protection.foreign_survivors': {
    noun: { es: 'víctimas extranjeras identificadas', en: 'foreign victims identified' },
    name: { es: 'Víctimas extranjeras', en: 'Foreign victims' },
  },
  'protection.immigration_relief': {
    noun: {
      es: 'víctimas extranjeras con regularización migratoria',
      en: 'foreign victims granted immigration relief',
    },
    name: { es: 'Regularización migratoria', en: 'Immigration relief' },
  },
  'protection.repatriations': {
    noun: { es: 'repatriaciones voluntarias de víctimas', en: 'voluntary repatriations of victims' },
    name: { es: 'Repatriaciones', en: 'Repatriations' },
  },
  'protection.referrals_made': {
    noun: { es: 'canalizaciones de víctimas a servicios', en: 'referrals of victims to services' },
    name: { es: 'Canalizaciones', en: 'Referrals' },
  },
  'prevention.activities': {
    noun: { es: 'actividades de prevención', en: 'prevention activities' },
    name: { es: 'Actividades de prevención', en: 'Prevention activities' },
  },
};

const wordsKey = (language: Language): keyof Words => (language === 'en' ? 'en' : 'es');

/** The noun for "the number of …", or null when the report has no words for that indicator. */
export function indicatorNoun(code: string, language: Language): string | null {
  return INDICATOR_WORDS[code]?.noun[wordsKey(language)] ?? null;
}

/** A short name for tables and charts; the code itself when the report has none. */
export function indicatorName(code: string, language: Language): string {
  return INDICATOR_WORDS[code]?.name[wordsKey(language)] ?? code;
}
