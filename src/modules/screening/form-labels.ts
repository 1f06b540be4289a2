import type { Purpose } from './vocabulary.ts';

/** The forms of exploitation in the glossary's words (docs/glossary.md), for explanations people read. */
export const FORM_LABELS: Record<Purpose, { es: string; en: string }> = {
  sexual_exploitation: { es: 'explotación sexual', en: 'sexual exploitation' },
  forced_labour: { es: 'trabajo o servicios forzados', en: 'forced labour or services' },
  slavery: { es: 'esclavitud', en: 'slavery' },
  servitude: { es: 'condición de siervo', en: 'servitude' },
  forced_begging: { es: 'mendicidad forzosa', en: 'forced begging' },
  forced_criminality: {
    es: 'utilización de personas en actividades delictivas',
    en: 'use of persons in criminal activities',
  },
  organ_removal: {
    es: 'tráfico de órganos, tejidos y células',
    en: 'trafficking of organs, tissues and cells',
  },
  forced_marriage: { es: 'matrimonio forzoso o servil', en: 'forced or servile marriage' },
  illegal_adoption: { es: 'adopción ilegal', en: 'illegal adoption' },
  biomedical_experimentation: {
    es: 'experimentación biomédica ilícita',
    en: 'illicit biomedical experimentation',
  },
};
