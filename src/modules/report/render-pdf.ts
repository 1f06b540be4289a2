import { createRequire } from 'node:module';
import type { AnnualReport, ReportText } from '../../contracts/annual-report.ts';
import { barChartSvg, stateMapSvg } from './svg-charts.ts';

/**
 * The PDF is drawn with PDF's standard Helvetica alone (no font file, no embedding) and may read
 * nothing else: pdfmake's local-file policy admits only those four font names and its URL policy admits
 * none, so neither a report's text nor a future change can make the server fetch a file or a URL.
 */
type Content = string | Record<string, unknown>;
type DocumentDefinition = Record<string, unknown> & { content: Content[] };

/**
 * pdfmake's server build, typed here by the little the report uses: @types/pdfmake pulls the DOM library
 * into every file of the program, which would change the types of the whole server.
 */
type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: DocumentDefinition): { getBuffer(): Promise<Buffer> };
};
const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;

const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));

const table = (columns: string[], rows: string[][], widths?: Array<string | number>): Content => ({
  table: {
    headerRows: 1,
    widths: widths ?? columns.map(() => '*'),
    body: [columns.map((column) => ({ text: column, style: 'th' })), ...rows],
  },
  layout: 'lightHorizontalLines',
  fontSize: 7,
  margin: [0, 4, 0, 8],
});

function sectionContent(text: ReportText, section: ReportText['sections'][number]): Content[] {
  const charts = text.charts
    .filter((chart) => chart.section === section.section)
    .map(
      (chart): Content => ({ svg: barChartSvg(chart), font: 'Helvetica', width: 420, margin: [0, 6, 0, 6] }),
    );
  const map: Content[] =
    section.section === 'prosecution' && text.map
      ? [{ svg: stateMapSvg(text.map), font: 'Helvetica', width: 380, margin: [0, 6, 0, 6] }]
      : [];
  return [
    { text: text.headings[section.section], style: 'h2' },
    ...section.paragraphs.map((paragraph): Content => ({ text: paragraph, margin: [0, 0, 0, 6] })),
    ...charts,
    ...map,
  ];
}

export function pdfDefinition(report: AnnualReport): DocumentDefinition {
  const { text } = report;
  const recommendations: Content =
    text.recommendations.length === 0
      ? { text: text.noRecommendations }
      : {
          ol: text.recommendations.map((item) => ({
            stack: [
              { text: [{ text: item.text, bold: true }, ` — ${item.owner} · ${item.due} · ${item.status}`] },
              { ul: [...item.measures, ...item.progress], fontSize: 8, margin: [0, 2, 0, 4] },
            ],
          })),
        };
  return {
    info: { title: `${text.title} — ${report.year}`, subject: text.tierLine, creator: 'Enlace' },
    pageSize: 'LETTER',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      th: { bold: true, fillColor: '#eef2f7' },
    },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
    }),
    content: [
      { text: text.title, style: 'h1' },
      { text: text.tierLine, italics: true, color: '#444444', margin: [0, 0, 0, 8] },
      { text: text.headings.summary, style: 'h2' },
      ...text.summary.map((paragraph): Content => ({ text: paragraph, margin: [0, 0, 0, 6] })),
      { text: text.headings.recommendations, style: 'h2' },
      recommendations,
      ...text.sections.flatMap((section) => sectionContent(text, section)),
      { text: text.headings.assessment, style: 'h2', pageBreak: 'before' },
      { text: text.assessment.suggestedTier, bold: true },
      { ul: text.assessment.reasons, margin: [0, 4, 0, 4] },
      table(
        text.assessment.columns,
        text.assessment.rows.map((row) => [
          row.group,
          row.criterion,
          row.evidence,
          row.judgement,
          row.reviewer,
        ]),
        [60, 90, '*', 80, 60],
      ),
      { text: text.headings.annex, style: 'h2', pageBreak: 'before' },
      table(
        text.annex.columns,
        text.annex.rows.map((row) => row.cells),
        [90, 40, 35, 30, 40, 40, '*', 40],
      ),
      {
        ul: text.annex.rows.flatMap((row) => row.breakdowns.map((line) => `${row.code} — ${line}`)),
        fontSize: 7,
      },
    ],
  };
}

/** The report as a PDF: same text, tables and charts as the HTML, charts as vector drawing. */
export function renderPdf(report: AnnualReport): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(report)).getBuffer();
}
