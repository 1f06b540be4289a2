import type { BreakdownDimension } from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
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

const pick = (words: { es: string; en: string }, language: Language) =>
  language === 'en' ? words.en : words.es;

export const dimensionName = (dimension: BreakdownDimension, language: Language) =>
  pick(DIMENSION_NAMES[dimension], language);

/**
 * A breakdown cell's key as readers say it: forms and states by name, countries in the reader's
 * language; other keys (authorities, audiences) are already words and stay as recorded.
 */
export function cellLabel(dimension: BreakdownDimension, key: string, language: Language): string {
  if (dimension === 'form_mexican_law' && key in EXPLOITATION_FORM_LABELS)
    return pick(EXPLOITATION_FORM_LABELS[key as keyof typeof EXPLOITATION_FORM_LABELS], language);
  if (dimension === 'form_palermo' && key in PALERMO_LABELS)
    return pick(PALERMO_LABELS[key as PalermoPurpose], language);
  if (dimension === 'state') return STATES.find((state) => state.code === key)?.name ?? key;
  if (dimension === 'nationality' && /^[A-Z]{2}$/.test(key))
    return new Intl.DisplayNames([language], { type: 'region' }).of(key) ?? key;
  return key;
}
