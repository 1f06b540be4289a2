import { createHash } from 'node:crypto';
import type { AnnualReport, ReportText } from '../../contracts/annual-report.ts';
import { barChartSvg, escapeXml, stateMapSvg } from './svg-charts.ts';

const STYLE = `body{font-family:Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.25rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
.tier{color:#444;font-style:italic}table{border-collapse:collapse;width:100%;font-size:.85rem;margin:1rem 0}
th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}th{background:#eef2f7}
figure{margin:1rem 0}ul.measures{font-size:.9rem;color:#333}`;

/**
 * The stylesheet's hash, for a Content-Security-Policy that allows this one inline style and nothing
 * else: the report carries no script, no external reference and no style attribute.
 */
export const REPORT_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

export const REPORT_HTML_CSP = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const html = escapeXml;
const paragraphs = (items: string[]) => items.map((item) => `<p>${html(item)}</p>`).join('');

function tableHtml(columns: string[], rows: string[][]): string {
  const head = columns.map((column) => `<th scope="col">${html(column)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((value) => `<td>${html(value)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function recommendationsHtml(text: ReportText): string {
  if (text.recommendations.length === 0) return `<p>${html(text.noRecommendations)}</p>`;
  const items = text.recommendations.map(
    (item) =>
      `<li><strong>${html(item.text)}</strong> — ${html(item.owner)} · ${html(item.due)} · ${html(item.status)}<ul class="measures">${[
        ...item.measures,
        ...item.progress,
      ]
        .map((line) => `<li>${html(line)}</li>`)
        .join('')}</ul></li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

function sectionHtml(text: ReportText, section: ReportText['sections'][number]): string {
  const charts = text.charts
    .filter((chart) => chart.section === section.section)
    .map((chart) => `<figure>${barChartSvg(chart)}</figure>`)
    .join('');
  const map =
    section.section === 'prosecution' && text.map ? `<figure>${stateMapSvg(text.map)}</figure>` : '';
  return `<section><h2>${html(text.headings[section.section])}</h2>${paragraphs(section.paragraphs)}${charts}${map}</section>`;
}

/** The report as one self-contained HTML page: inline SVG charts, one hashed stylesheet, no script. */
export function renderHtml(report: AnnualReport): string {
  const { text } = report;
  const lang = text.language === 'en' ? 'en' : 'es-MX';
  const assessment = text.assessment;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(text.title)} — ${report.year}</title><style>${STYLE}</style></head><body><main>
<h1>${html(text.title)}</h1><p class="tier">${html(text.tierLine)}</p>
<section><h2>${html(text.headings.summary)}</h2>${paragraphs(text.summary)}</section>
<section><h2>${html(text.headings.recommendations)}</h2>${recommendationsHtml(text)}</section>
${text.sections.map((section) => sectionHtml(text, section)).join('\n')}
<section><h2>${html(text.headings.assessment)}</h2><p><strong>${html(assessment.suggestedTier)}</strong></p><ul>${assessment.reasons
    .map((reason) => `<li>${html(reason)}</li>`)
    .join('')}</ul>${tableHtml(
    assessment.columns,
    assessment.rows.map((row) => [row.group, row.criterion, row.evidence, row.judgement, row.reviewer]),
  )}</section>
<section><h2>${html(text.headings.annex)}</h2>${tableHtml(
    text.annex.columns,
    text.annex.rows.map((row) => row.cells),
  )}<ul>${text.annex.rows
    .flatMap((row) => row.breakdowns.map((line) => `<li>${html(row.code)} — ${html(line)}</li>`))
    .join('')}</ul></section>
</main></body></html>
`;
}
