import type {
  AnnualFigures,
  BreakdownDimension,
  IndicatorFigure,
  ReportSection,
} from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { indicatorNoun } from './indicator-words.ts';
import { formatCount } from './quantities.ts';
import {
  breakdownSentence,
  countSentence,
  deduplicationSentence,
  sentenceRangeSentence,
} from './sentences.ts';

/** The order in which each section speaks of its indicators, and the breakdowns it spells out. */
const SECTION_ORDER: Record<ReportSection, readonly string[]> = {
  prosecution: [
    'prosecution.investigations',
    'prosecution.prosecutions',
    'prosecution.convictions',
    'prosecution.sentence_length',
    'prosecution.acquittals',
    'prosecution.officials_investigated',
    'prosecution.officials_prosecuted',
    'prosecution.officials_convicted',
    'prosecution.bilateral_investigations',
    'prosecution.extraditions',
  ],
  protection: [
    'protection.survivors_identified',
    'protection.foreign_survivors',
    'protection.immigration_relief',
    'protection.repatriations',
    'protection.referrals_made',
  ],
  prevention: ['prevention.activities'],
};

const NARRATED_BREAKDOWNS: Record<string, readonly BreakdownDimension[]> = {
  'prosecution.investigations': ['agency'],
  'prosecution.prosecutions': ['agency'],
  'prosecution.convictions': ['form_mexican_law', 'state'],
  'protection.survivors_identified': ['agency', 'form_mexican_law'],
  'protection.foreign_survivors': ['nationality'],
  'prevention.activities': ['activity_type', 'language'],
};

export const figureByCode = (figures: AnnualFigures | null, code: string): IndicatorFigure | undefined =>
  figures?.indicators.find((indicator) => indicator.code === code);

/** Every sentence the report can say of one indicator; none when it is absent or has no value. */
export function indicatorSentences(
  code: string,
  current: AnnualFigures,
  previous: AnnualFigures | null,
  language: Language,
): string[] {
  const figure = figureByCode(current, code);
  const noun = indicatorNoun(code, language);
  if (!figure || !noun) return [];
  if (figure.unit === 'years') {
    const range = sentenceRangeSentence(figure, language);
    return range ? [range] : [];
  }
  const headline = countSentence(noun, figure, figureByCode(previous, code), language);
  if (!headline) return [];
  const details = (NARRATED_BREAKDOWNS[code] ?? []).flatMap((dimension) => {
    const breakdown = figure.breakdowns.find((candidate) => candidate.dimension === dimension);
    const sentence = breakdown && breakdownSentence(breakdown, language);
    return sentence ? [sentence] : [];
  });
  const deduplicated = deduplicationSentence(figure, language);
  return [headline, ...details, ...(deduplicated ? [deduplicated] : [])];
}

/** A section's paragraph: one group of sentences per indicator, in the section's order. */
export function sectionNarrative(
  section: ReportSection,
  current: AnnualFigures,
  previous: AnnualFigures | null,
  language: Language,
): string[][] {
  return SECTION_ORDER[section]
    .map((code) => indicatorSentences(code, current, previous, language))
    .filter((sentences) => sentences.length > 0);
}

/** Where the numbers come from and how many are only minimums, said once in the summary. */
export function coverageSentence(figures: AnnualFigures, language: Language): string | null {
  const counted = figures.indicators.filter((indicator) => indicator.value !== null);
  if (counted.length === 0) return null;
  const agencies = new Set(
    counted.flatMap((indicator) => indicator.provenance.agencies.map((a) => a.agencyId)),
  );
  const minimums = counted.filter((indicator) => indicator.provenance.atLeast).length;
  const n = formatCount(agencies.size, language);
  const total = formatCount(counted.length, language);
  const k = formatCount(minimums, language);
  if (language === 'en')
    return minimums === 0
      ? `The ${total} figures in this report were computed from the records of ${n} agencies, and every one of them is complete.`
      : `The ${total} figures in this report were computed from the records of ${n} agencies; ${k} of them ${minimums === 1 ? 'is a minimum' : 'are minimums'} ("at least") because the records' coverage is incomplete.`;
  return minimums === 0
    ? `Las ${total} cifras de este informe se calcularon a partir de los registros de ${n} instituciones, y todas son completas.`
    : `Las ${total} cifras de este informe se calcularon a partir de los registros de ${n} instituciones; ${k} de ellas ${minimums === 1 ? 'es un mínimo' : 'son mínimos'} («al menos») porque la cobertura de los registros es incompleta.`;
}
