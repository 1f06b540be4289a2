import {
  type Assessment,
  type EvidenceItem,
  MINIMUM_STANDARDS,
  type Recommendation,
  type ReportText,
} from '../../contracts/annual-report.ts';
import type { AnnualFigures, IndicatorFigure, ReportSection } from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { cellLabel, dimensionName } from './breakdown-labels.ts';
import { convictionsMap, reportCharts } from './compose-charts.ts';
import { indicatorName } from './indicator-words.ts';
import { coverageSentence, figureByCode, indicatorSentences, sectionNarrative } from './narrative.ts';
import { amount, formatCount } from './quantities.ts';
import {
  ANNEX_COLUMNS,
  ASSESSMENT_COLUMNS,
  COUNTRY,
  CRITERION_GROUPS,
  CRITERION_WORDS,
  HEADINGS,
  PHRASES,
  pick,
  RATING_WORDS,
  REASON_WORDS,
  STATUS_WORDS,
  TIER_STATEMENTS,
  TIER_WORDS,
} from './report-words.ts';

export type ReportInputs = {
  current: AnnualFigures;
  previous: AnnualFigures | null;
  assessment: Assessment;
  recommendations: Recommendation[];
};

const SECTIONS: ReportSection[] = ['prosecution', 'protection', 'prevention'];

/** The whole report's words in one language, from figures, assessment and tracked recommendations. */
export function composeReportText(inputs: ReportInputs, language: Language): ReportText {
  const { current, previous, assessment } = inputs;
  const tier = assessment.assessedTier?.tier ?? assessment.suggestion.tier;
  const tierName = pick(TIER_WORDS[tier], language);
  const title = assessment.assessedTier
    ? `${pick(COUNTRY, language)} (${tierName})`
    : `${pick(COUNTRY, language)} (${tierName}, ${pick(PHRASES.suggested, language)})`;
  return {
    language,
    title,
    tierLine: tierLine(assessment, language),
    headings: Object.fromEntries(
      Object.entries(HEADINGS).map(([key, words]) => [key, pick(words, language)]),
    ) as ReportText['headings'],
    summary: summary(inputs, tier, language),
    noRecommendations: pick(PHRASES.noRecommendations, language),
    recommendations: inputs.recommendations.map((item) => recommendationLine(item, inputs, language)),
    sections: SECTIONS.map((section) => {
      const paragraphs = sectionNarrative(section, current, previous, language).map((group) =>
        group.join(' '),
      );
      return {
        section,
        paragraphs: paragraphs.length > 0 ? paragraphs : [pick(PHRASES.noFigures, language)],
      };
    }),
    charts: reportCharts(current, previous, language),
    map: convictionsMap(current, language),
    assessment: {
      suggestedTier: `${pick(PHRASES.suggestedTier, language)}: ${pick(TIER_WORDS[assessment.suggestion.tier], language)}`,
      reasons: assessment.suggestion.reasons.map((reason) => pick(REASON_WORDS[reason], language)),
      columns: ASSESSMENT_COLUMNS.map((column) => pick(column, language)),
      rows: assessment.criteria.map((row) => ({
        group: pick(
          (MINIMUM_STANDARDS as readonly string[]).includes(row.criterion)
            ? CRITERION_GROUPS.standard
            : CRITERION_GROUPS.indicium,
          language,
        ),
        criterion: pick(CRITERION_WORDS[row.criterion], language),
        evidence: row.evidence.map((item) => evidenceText(item, current.year, language)).join('; '),
        judgement: row.judgement
          ? [pick(RATING_WORDS[row.judgement.rating], language), row.judgement.note]
              .filter(Boolean)
              .join(': ')
          : pick(PHRASES.notJudged, language),
        reviewer: row.judgement ? `${row.judgement.reviewer}, ${row.judgement.judgedAt.slice(0, 10)}` : '',
      })),
    },
    annex: {
      columns: ANNEX_COLUMNS.map((column) => pick(column, language)),
      rows: current.indicators.map((figure) => annexRow(figure, previous, language)),
    },
  };
}

function tierLine(assessment: Assessment, language: Language): string {
  const assessed = assessment.assessedTier
    ? pick(TIER_WORDS[assessment.assessedTier.tier], language)
    : pick(PHRASES.notAssessed, language);
  const suggested = pick(TIER_WORDS[assessment.suggestion.tier], language);
  return `${pick(PHRASES.annualReport, language)} ${assessment.year} · ${pick(PHRASES.assessedTier, language)}: ${assessed} · ${pick(PHRASES.suggestedTier, language)}: ${suggested}`;
}

function summary(inputs: ReportInputs, tier: keyof typeof TIER_STATEMENTS, language: Language): string[] {
  const headline = (code: string) => indicatorSentences(code, inputs.current, inputs.previous, language)[0];
  const coverage = coverageSentence(inputs.current, language);
  return [
    pick(TIER_STATEMENTS[tier], language),
    ...[headline('prosecution.convictions'), headline('protection.survivors_identified'), coverage].filter(
      (sentence): sentence is string => Boolean(sentence),
    ),
  ];
}

function recommendationLine(item: Recommendation, inputs: ReportInputs, language: Language) {
  const date = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  return {
    text: language === 'en' ? item.textEn : item.textEs,
    owner: item.ownerAgency.name,
    due: date(item.dueOn),
    status: pick(STATUS_WORDS[item.status], language),
    progress: item.notes.map(
      (note) => `${note.writtenAt.slice(0, 10)} (${pick(STATUS_WORDS[note.status], language)}): ${note.text}`,
    ),
    measures: item.indicatorCodes.map((code) => measureText(code, inputs, language)),
  };
}

function measureText(code: string, inputs: ReportInputs, language: Language): string {
  const now = figureByCode(inputs.current, code);
  const before = figureByCode(inputs.previous, code);
  const value = (figure: IndicatorFigure | undefined) =>
    figure && figure.value !== null
      ? amount(figure.value, figure.provenance.atLeast, language)
      : pick(PHRASES.noData, language);
  const earlier = inputs.previous ? ` (${inputs.previous.year}: ${value(before)})` : '';
  return `${indicatorName(code, language)}: ${value(now)}${earlier}`;
}

const TREND_MARKS = { up: '↑', down: '↓', same: '=', no_comparison: '' } as const;

export function evidenceText(item: EvidenceItem, year: number, language: Language): string {
  const name =
    item.code === 'provenance.completeness'
      ? pick(ANNEX_COLUMNS[5]!, language)
      : indicatorName(item.code, language);
  const show = (value: number | null, atLeast: boolean) =>
    value === null ? pick(PHRASES.noData, language) : amount(value, atLeast, language);
  const before =
    item.previous === null ? '' : ` (${year - 1}: ${show(item.previous, false)}) ${TREND_MARKS[item.trend]}`;
  return `${name}: ${show(item.value, item.atLeast)}${before}`.trim();
}

function annexRow(figure: IndicatorFigure, previous: AnnualFigures | null, language: Language) {
  const { provenance } = figure;
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  const before = figureByCode(previous, figure.code);
  const value = (candidate: IndicatorFigure | undefined) =>
    candidate?.value === null || candidate === undefined
      ? pick(PHRASES.noData, language)
      : formatCount(candidate.value, language);
  const spread = figure.distribution;
  const range =
    spread && spread.min !== null && spread.max !== null
      ? ` (${formatCount(spread.min, language)}–${formatCount(spread.max, language)}; n=${spread.count})`
      : '';
  return {
    code: figure.code,
    cells: [
      `${indicatorName(figure.code, language)} (${figure.code})`,
      `${value(figure)}${range}`,
      previous ? value(before) : pick(PHRASES.noData, language),
      pick(provenance.atLeast ? PHRASES.yes : PHRASES.no, language),
      pick(provenance.deduplicated ? PHRASES.yes : PHRASES.no, language),
      percent(provenance.completeness),
      provenance.agencies
        .map(
          (agency) =>
            `${agency.agencyName} (${formatCount(agency.records, language)}, ${percent(agency.completeness)})`,
        )
        .join('; '),
      formatCount(provenance.excludedByConsent, language),
    ],
    breakdowns: figure.breakdowns.map(
      (breakdown) =>
        `${dimensionName(breakdown.dimension, language)}: ${breakdown.cells
          .map(
            (cell) =>
              `${cellLabel(breakdown.dimension, cell.key, language)} ${formatCount(cell.value, language)}`,
          )
          .join(', ')}`,
    ),
  };
}
