import type { AnnualReport } from '../../contracts/annual-report.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { composeReportText, type ReportInputs } from './compose-report-text.ts';

/** The report every format renders: the figures and assessment as data, and its text in one language. */
export function composeReport(inputs: ReportInputs, language: Language): AnnualReport {
  return {
    format: 'enlace-annual-report',
    formatVersion: 1,
    year: inputs.current.year,
    figures: inputs.current,
    previousFigures: inputs.previous,
    assessment: inputs.assessment,
    recommendations: inputs.recommendations,
    text: composeReportText(inputs, language),
  };
}
