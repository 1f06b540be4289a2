import type { AnnualReport, BarChart, ReportText, StateMap } from '../../contracts/annual-report.ts';

/** Text from people (recommendations, notes) must not become markup. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);
const cell = (text: string) => escapeText(text).replace(/\r?\n/g, ' ');

function table(columns: string[], rows: string[][]): string[] {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

const chartTable = (chart: BarChart) => [
  `**${escapeText(chart.title)}**`,
  '',
  ...table(
    ['', ...chart.series.map((series) => series.label)],
    chart.groups.map((group) => [group.label, ...group.values.map(String)]),
  ),
];

const mapTable = (map: StateMap) => [
  `**${escapeText(map.title)}**`,
  '',
  ...table(
    ['', ''],
    map.states.filter((state) => state.value !== null).map((state) => [state.name, String(state.value)]),
  ),
];

function sectionBlock(text: ReportText, section: ReportText['sections'][number]): string[] {
  const charts = text.charts.filter((chart) => chart.section === section.section).flatMap(chartTable);
  const map = section.section === 'prosecution' && text.map ? mapTable(text.map) : [];
  return [
    `## ${text.headings[section.section]}`,
    '',
    ...section.paragraphs.flatMap((paragraph) => [escapeText(paragraph), '']),
    ...charts,
    ...map,
  ];
}

/** The report as Markdown: charts and the map become tables, since Markdown draws nothing. */
export function renderMarkdown(report: AnnualReport): string {
  const { text } = report;
  const lines = [
    `# ${escapeText(text.title)}`,
    '',
    `_${escapeText(text.tierLine)}_`,
    '',
    `## ${text.headings.summary}`,
    '',
    ...text.summary.flatMap((paragraph) => [escapeText(paragraph), '']),
    `## ${text.headings.recommendations}`,
    '',
    ...(text.recommendations.length === 0 ? [escapeText(text.noRecommendations)] : []),
    ...text.recommendations.flatMap((item, index) => [
      `${index + 1}. **${escapeText(item.text)}** — ${escapeText(item.owner)} · ${escapeText(item.due)} · ${escapeText(item.status)}`,
      ...item.measures.map((measure) => `   - ${escapeText(measure)}`),
      ...item.progress.map((note) => `   - ${escapeText(note)}`),
    ]),
    '',
    ...text.sections.flatMap((section) => sectionBlock(text, section)),
    `## ${text.headings.assessment}`,
    '',
    `**${escapeText(text.assessment.suggestedTier)}**`,
    '',
    ...text.assessment.reasons.map((reason) => `- ${escapeText(reason)}`),
    '',
    ...table(
      text.assessment.columns,
      text.assessment.rows.map((row) => [
        row.group,
        row.criterion,
        row.evidence,
        row.judgement,
        row.reviewer,
      ]),
    ),
    `## ${text.headings.annex}`,
    '',
    ...table(
      text.annex.columns,
      text.annex.rows.map((row) => row.cells),
    ),
    ...text.annex.rows.flatMap((row) =>
      row.breakdowns.map((line) => `- ${escapeText(row.code)} — ${escapeText(line)}`),
    ),
    '',
  ];
  return lines.join('\n');
}
