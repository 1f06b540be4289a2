import { describe, expect, it } from 'vitest';
import type { BreakdownDimension } from '../../contracts/statistics.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/languages.ts';
import { hasMessage, translatorFor } from '../../platform/i18n/translate.ts';
import { SEXES } from '../cases/schema.ts';
import { SERVICE_TYPES } from '../referrals/vocabulary.ts';
import { ACTIVITY_LANGUAGES, ACTIVITY_TYPES, AUDIENCES } from '../statistics/prevention-vocabulary.ts';
import { cellLabel } from './breakdown-labels.ts';

describe('cellLabel', () => {
  it.each<[BreakdownDimension, string, Language, string]>([
    ['sex', 'female', 'es-MX', 'mujer'],
    ['sex', 'female', 'en', 'female'],
    ['sex', 'unknown', 'en', 'not recorded'],
    ['service_type', 'shelter', 'es-MX', 'refugio'],
    ['service_type', 'legal', 'en', 'legal advice'],
    ['activity_type', 'tourism_training', 'es-MX', 'capacitación al sector turístico'],
    ['activity_type', 'awareness_campaign', 'en', 'awareness campaign'],
    ['audience', 'general_public', 'es-MX', 'público en general'],
    ['language', 'nahuatl', 'es-MX', 'náhuatl'],
    ['language', 'es', 'en', 'Spanish'],
    ['outcome', 'conviction', 'es-MX', 'condenatoria'],
    ['form_mexican_law', 'forced_labour', 'en', 'forced labour or services'],
    ['form_palermo', 'forced_labour_or_services', 'es-MX', 'trabajo o servicios forzados'],
    ['form_palermo', 'none', 'en', 'no Palermo purpose'],
    ['state', 'PUE', 'es-MX', 'Puebla'],
    ['state', 'unknown', 'es-MX', 'sin dato'],
    ['agency', 'unknown', 'en', 'not recorded'],
    ['nationality', 'GT', 'es-MX', 'Guatemala'],
    ['nationality', 'US', 'en', 'United States'],
    ['authority', 'FEVIMTRA', 'es-MX', 'FEVIMTRA'],
    ['agency', 'CONSUL-HOU', 'en', 'CONSUL-HOU'],
    ['audience', 'not_in_the_vocabulary', 'en', 'not_in_the_vocabulary'],
  ])('%s %s in %s: %s', (dimension, key, language, label) => {
    expect(cellLabel(dimension, key, language)).toBe(label);
  });

  it.each(LANGUAGES)('finds every word of the catalogued vocabularies in the %s catalog', (language) => {
    const vocabularies: [BreakdownDimension, string, readonly string[]][] = [
      ['sex', 'web:cases.people.sexes', SEXES],
      ['service_type', 'web:referrals.serviceTypes', SERVICE_TYPES],
      ['activity_type', 'web:reports.records.activityTypes', ACTIVITY_TYPES],
      ['audience', 'web:reports.records.audiences', AUDIENCES],
      ['language', 'web:reports.records.languageNames', ACTIVITY_LANGUAGES],
      ['outcome', 'web:cases.records.options.outcome', ['conviction', 'acquittal']],
    ];
    const t = translatorFor(language);
    for (const [dimension, catalog, words] of vocabularies)
      for (const word of words) {
        expect({ word, inCatalog: hasMessage(`${catalog}.${word}`, language) }).toEqual({
          word,
          inCatalog: true,
        });
        expect(cellLabel(dimension, word, language).toLocaleLowerCase(language)).toBe(
          t(`${catalog}.${word}`).toLocaleLowerCase(language),
        );
      }
  });
});
