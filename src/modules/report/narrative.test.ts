import { describe, expect, it } from 'vitest';
import {
  FIGURES_2011,
  FIGURES_2012,
  figure,
  figuresOf,
  provenanceOf,
} from '../../../test/support/annual-figures.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { coverageSentence, indicatorSentences, sectionNarrative } from './narrative.ts';
import { yearsAndMonths } from './quantities.ts';

const convictions = (year: number, value: number | null, atLeast = false) =>
  figuresOf(year, [
    figure('prosecution.convictions', year, value, {
      provenance: provenanceOf([['fevimtra', value ?? 0]], { atLeast }),
    }),
  ]);

describe('year-over-year sentences', () => {
  const cases: Array<[string, number | null, boolean, number | null, Language, string[]]> = [
    [
      'increase, at least',
      25,
      true,
      14,
      'es-MX',
      ['El número de personas condenadas por trata de personas aumentó de 14 en 2011 a al menos 25 en 2012.'],
    ],
    [
      'increase, at least',
      25,
      true,
      14,
      'en',
      ['The number of convicted trafficking offenders increased from 14 in 2011 to at least 25 in 2012.'],
    ],
    [
      'decrease',
      3,
      false,
      9,
      'es-MX',
      ['El número de personas condenadas por trata de personas disminuyó de 9 en 2011 a 3 en 2012.'],
    ],
    [
      'unchanged',
      7,
      false,
      7,
      'en',
      ['The number of convicted trafficking offenders remained at 7 in 2012, as in 2011.'],
    ],
    [
      'no previous value',
      25,
      false,
      null,
      'es-MX',
      ['En 2012, los registros muestran 25 personas condenadas por trata de personas.'],
    ],
    ['zero, complete', 0, false, null, 'en', ['No convicted trafficking offenders were recorded in 2012.']],
    [
      'zero, incomplete',
      0,
      true,
      null,
      'es-MX',
      [
        'Los registros de 2012 no muestran personas condenadas por trata de personas, aunque su cobertura es incompleta.',
      ],
    ],
    ['no value: no sentence', null, false, 14, 'en', []],
  ];
  it.each(cases)('%s (%s)', (_name, now, atLeast, before, language, expected) => {
    const previous = before === null ? null : convictions(2011, before);
    expect(
      indicatorSentences('prosecution.convictions', convictions(2012, now, atLeast), previous, language),
    ).toEqual(expected);
  });

  it('says "at least" of the previous year too when that figure was a minimum', () => {
    const [sentence] = indicatorSentences(
      'prosecution.convictions',
      convictions(2012, 25),
      convictions(2011, 14, true),
      'en',
    );
    expect(sentence).toContain('from at least 14 in 2011 to 25 in 2012');
  });
});

describe('indicators the report cannot speak of', () => {
  it.each([
    ['absent from the figures', 'prosecution.acquittals'],
    ['unknown to the report', 'prosecution.complicity_unheard_of'],
  ])('%s: no sentence', (_name, code) => {
    const figures = figuresOf(2012, [figure('prosecution.complicity_unheard_of', 2012, 3)]);
    expect(indicatorSentences(code, figures, null, 'es-MX')).toEqual([]);
  });
});

describe('breakdowns, ranges and de-duplication', () => {
  it('spells out convictions by form and by state, largest first', () => {
    const sentences = indicatorSentences('prosecution.convictions', FIGURES_2012, FIGURES_2011, 'es-MX');
    expect(sentences).toEqual([
      'El número de personas condenadas por trata de personas aumentó de 14 en 2011 a al menos 25 en 2012.',
      'Por forma de explotación (ley mexicana): explotación sexual, 19; trabajo o servicios forzados, 6.',
      'Por entidad federativa: Ciudad de México, 13; Chiapas, 4; Tlaxcala, 4; Puebla, 2; Sonora, 2.',
    ]);
  });

  it('names nationalities in the reader language', () => {
    const [, byNationality] = indicatorSentences('protection.foreign_survivors', FIGURES_2012, null, 'en');
    expect(byNationality).toBe('By nationality: Guatemala, 12; Honduras, 5; El Salvador, 4.');
  });

  it('gives the range of sentences in years and months', () => {
    expect(indicatorSentences('prosecution.sentence_length', FIGURES_2012, null, 'es-MX')).toEqual([
      'Las 25 penas de prisión impuestas en 2012 fueron de 10 años y 7 meses a 52 años (mediana: 15 años).',
    ]);
  });

  it('says when persons counted by several agencies were counted once', () => {
    const sentences = indicatorSentences('protection.survivors_identified', FIGURES_2012, FIGURES_2011, 'en');
    expect(sentences).toEqual([
      'The number of victims identified increased from 150 in 2011 to 180 in 2012.',
      'Each person recorded by more than one of the 3 agencies is counted once.',
    ]);
  });
});

describe('sections and coverage', () => {
  it('skips indicators without values and keeps the section order', () => {
    const prevention = sectionNarrative('prevention', FIGURES_2012, FIGURES_2011, 'en');
    expect(prevention).toEqual([]);
    const prosecution = sectionNarrative('prosecution', FIGURES_2012, FIGURES_2011, 'en').map(
      (group) => group[0],
    );
    expect(prosecution[0]).toContain('trafficking investigations increased from 80 in 2011 to 96 in 2012');
    expect(prosecution.at(-1)).toBe('In 2012, the records show 4 extraditions for trafficking.');
    expect(prosecution).toContain('No public officials prosecuted for complicity were recorded in 2012.');
  });

  it.each([
    [
      'en',
      'The 11 figures in this report were computed from the records of 3 agencies; 1 of them is a minimum ("at least") because the records\' coverage is incomplete.',
    ],
    [
      'es-MX',
      'Las 11 cifras de este informe se calcularon a partir de los registros de 3 instituciones; 1 de ellas es un mínimo («al menos») porque la cobertura de los registros es incompleta.',
    ],
  ] as const)('counts agencies and minimums (%s)', (language, expected) => {
    expect(coverageSentence(FIGURES_2012, language)).toBe(expected);
  });
});

describe('years and months', () => {
  it.each([
    [9, 'es-MX', '9 años'],
    [127 / 12, 'es-MX', '10 años y 7 meses'],
    [1 + 1 / 12, 'en', '1 year and 1 month'],
    [0.5, 'en', '6 months'],
  ] as const)('%s years in %s', (years, language, expected) => {
    expect(yearsAndMonths(years, language)).toBe(expected);
  });
});
