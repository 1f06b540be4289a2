import type { BreakdownDimension } from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { hasMessage, translatorFor } from '../../platform/i18n/translate.ts';
import { STATES } from '../catalog/states.ts';
import { EXPLOITATION_FORM_LABELS, type PalermoPurpose } from '../exploitation/forms.ts';

const PALERMO_LABELS: Record<PalermoPurpose, { es: string; en: string }> = {
  sexual_exploitation: { es: 'explotación sexual', en: 'sexual exploitation' },
  forced_labour_or_services: { es: 'trabajo o servicios forzados', en: 'forced labour or services' },
  slavery_or_similar_practices: {
    es: 'esclavitud o prácticas análogas',
    en: 'slavery or practices similar to slavery',
  },
  servitude: { es: 'servidumbre', en: 'servitude' },
  removal_of_organs: { es: 'extracción de órganos', en: 'removal of organs' },
};

const DIMENSION_NAMES: Record<BreakdownDimension, { es: string; en: string }> = {
  form_mexican_law: { es: 'forma de explotación (ley mexicana)', en: 'form of exploitation (Mexican law)' },
  form_palermo: { es: 'forma de explotación (Protocolo de Palermo)', en: 'form of exploitation (Palermo)' },
  authority: { es: 'autoridad', en: 'authority' },
  agency: { es: 'institución', en: 'agency' },
  state: { es: 'entidad federativa', en: 'state' },
  nationality: { es: 'nacionalidad', en: 'nationality' },
  sex: { es: 'sexo', en: 'sex' },
  age_group: { es: 'grupo de edad', en: 'age group' },
  role: { es: 'función', en: 'role' },
  language: { es: 'lengua', en: 'language' },
  service_type: { es: 'tipo de servicio', en: 'service type' },
  population: { es: 'población', en: 'population' },
  activity_type: { es: 'tipo de actividad', en: 'activity type' },
  audience: { es: 'público', en: 'audience' },
  outcome: { es: 'resultado', en: 'outcome' },
};

/** Vocabularies the catalogs already name (the web app's words), by breakdown dimension. */
const VOCABULARY_KEYS: Partial<Record<BreakdownDimension, string>> = {
  sex: 'web:cases.people.sexes',
  service_type: 'web:referrals.serviceTypes',
  activity_type: 'web:reports.records.activityTypes',
  audience: 'web:reports.records.audiences',
  language: 'web:reports.records.languageNames',
  outcome: 'web:cases.records.options.outcome',
};

/** Cells the database names for a missing value (`unknown`) or a form without a Palermo purpose. */
const UNKNOWN = { es: 'sin dato', en: 'not recorded' };
const NO_PALERMO_PURPOSE = { es: 'sin finalidad del Protocolo de Palermo', en: 'no Palermo purpose' };

const pick = (words: { es: string; en: string }, language: Language) =>
  language === 'en' ? words.en : words.es;

export const dimensionName = (dimension: BreakdownDimension, language: Language) =>
  pick(DIMENSION_NAMES[dimension], language);

/**
 * A breakdown cell's key as readers say it: forms, states and the catalogued vocabularies (sex, kind of
 * service, activity, audience, language, verdict) by name, countries in the reader's language; other
 * keys (authorities and agencies, by their codes) stay as recorded.
 */
export function cellLabel(dimension: BreakdownDimension, key: string, language: Language): string {
  if (key === 'unknown' && dimension !== 'sex') return pick(UNKNOWN, language);
  if (dimension === 'form_mexican_law' && key in EXPLOITATION_FORM_LABELS)
    return pick(EXPLOITATION_FORM_LABELS[key as keyof typeof EXPLOITATION_FORM_LABELS], language);
  if (dimension === 'form_palermo' && key in PALERMO_LABELS)
    return pick(PALERMO_LABELS[key as PalermoPurpose], language);
  if (dimension === 'form_palermo' && key === 'none') return pick(NO_PALERMO_PURPOSE, language);
  if (dimension === 'state') return STATES.find((state) => state.code === key)?.name ?? key;
  if (dimension === 'nationality' && /^[A-Z]{2}$/.test(key))
    return new Intl.DisplayNames([language], { type: 'region' }).of(key) ?? key;
  const vocabulary = VOCABULARY_KEYS[dimension];
  if (vocabulary && hasMessage(`${vocabulary}.${key}`, language))
    return inProse(translatorFor(language)(`${vocabulary}.${key}`), dimension, language);
  return key;
}

/**
 * The web app's words start with a capital (they stand alone there); in the report they run inside
 * sentences, as the forms do. Languages keep theirs in English ("Spanish"), not in Spanish ("español").
 */
function inProse(label: string, dimension: BreakdownDimension, language: Language): string {
  if (dimension === 'language' && language === 'en') return label;
  return label.charAt(0).toLocaleLowerCase(language) + label.slice(1);
}
