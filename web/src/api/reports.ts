import { type AnnualReport, annualReport } from '../../../src/contracts/annual-report.ts';
import { requestJson } from './client.ts';

export type { AnnualReport };

/** The annual report as data (the `json` format), its text in the reader's language. */
export function fetchAnnualReport(year: number, language: string): Promise<AnnualReport> {
  const query = new URLSearchParams({ format: 'json', lang: language });
  return requestJson({ path: `/api/v1/reports/annual/${year}?${query}` }, annualReport);
}

/** Where the other formats download from, for links (same origin, the session cookie goes along). */
export const annualReportFileUrl = (year: number, language: string, format: 'md' | 'html' | 'pdf') =>
  `/api/v1/reports/annual/${year}?${new URLSearchParams({ format, lang: language })}`;
