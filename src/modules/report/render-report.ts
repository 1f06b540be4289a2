import type { AnnualReport, ReportFormat } from '../../contracts/annual-report.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderPdf } from './render-pdf.ts';

export type RenderedReport = { body: string | Buffer; contentType: string; extension: string };

/** One report in the format asked for; `json` is the report document itself (docs/formats/annual-report.md). */
export async function renderReport(report: AnnualReport, format: ReportFormat): Promise<RenderedReport> {
  switch (format) {
    case 'md':
      return { body: renderMarkdown(report), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'html':
      return { body: renderHtml(report), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'pdf':
      return { body: await renderPdf(report), contentType: 'application/pdf', extension: 'pdf' };
    case 'json':
      return {
        body: `${JSON.stringify(report, null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
  }
}
