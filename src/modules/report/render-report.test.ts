import { describe, expect, it } from 'vitest';
import { FIGURES_2012, figuresOf, fixtureReport } from '../../../test/support/annual-figures.ts';
import { annualReport } from '../../contracts/annual-report.ts';
import { composeAssessment } from './compose-assessment.ts';
import { composeReport } from './compose-report.ts';
import { REPORT_STYLE_HASH } from './render-html.ts';
import { renderReport } from './render-report.ts';

const report = fixtureReport;

describe('report document', () => {
  it('is valid against the published schema and carries figures, assessment and tracker', () => {
    const document = annualReport.parse(report('es-MX'));
    expect(document.figures).toEqual(FIGURES_2012);
    expect(document.assessment.criteria).toHaveLength(16);
    expect(document.text.title).toBe('México (Nivel 2, sugerido)');
    expect(document.text.recommendations[0]!.measures).toEqual([
      'Condenas: al menos 25 (2011: 14)',
      'Actividades de prevención: sin datos (2011: sin datos)',
    ]);
  });

  it('titles the report with the tier the commission assessed, when there is one', () => {
    const assessment = composeAssessment({
      current: FIGURES_2012,
      previous: null,
      judgements: {},
      history: [{ year: 2012, tier: '2', waived: false }],
    });
    const { text } = composeReport(
      { current: FIGURES_2012, previous: null, assessment, recommendations: [] },
      'en',
    );
    expect(text.title).toBe('Mexico (Tier 2)');
    expect(text.recommendations).toEqual([]);
  });

  it('says a section has no figures rather than leaving it empty', () => {
    const empty = figuresOf(2013, []);
    const assessment = composeAssessment({ current: empty, previous: null, judgements: {}, history: [] });
    const { text } = composeReport({ current: empty, previous: null, assessment, recommendations: [] }, 'en');
    expect(text.sections.map((section) => section.paragraphs)).toEqual([
      ['This year’s records hold no figures for this section.'],
      ['This year’s records hold no figures for this section.'],
      ['This year’s records hold no figures for this section.'],
    ]);
    expect(text.charts).toEqual([]);
    expect(text.map).toBeNull();
  });
});

describe('formats', () => {
  it('markdown: sections in the seed order, year-over-year sentence, escaped user text', async () => {
    const { body } = await renderReport(report('es-MX'), 'md');
    const text = String(body);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Resumen',
      '## Recomendaciones para México',
      '## Persecución del delito',
      '## Protección',
      '## Prevención',
      '## Evaluación',
      '## Anexo: cifras y su procedencia',
    ]);
    expect(text).toContain('aumentó de 14 en 2011 a al menos 25 en 2012');
    expect(text).toContain('Mejorar la recopilación de datos \\<sin marcas\\>');
    expect(text).toContain('| trabajo o servicios forzados | 0 | 6 |');
  });

  it('html: self-contained, no script, charts and map as inline SVG, user text escaped', async () => {
    const { body, contentType } = await renderReport(report('en'), 'html');
    const html = String(body);
    expect(contentType).toBe('text/html; charset=utf-8');
    expect(html).not.toMatch(/<script|src=|href=|style="|url\(/i);
    expect(html).toContain('<h1>Mexico (Tier 2, suggested)</h1>');
    expect(html).toContain('increased from 14 in 2011 to at least 25 in 2012');
    expect(html).toContain('aria-label="Convictions by form of exploitation"');
    expect(html).toContain('aria-label="Convictions by state, 2012"');
    expect(html).toContain('Improve data collection &lt;no markup&gt;');
    expect(REPORT_STYLE_HASH).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it('pdf: a PDF document titled with the report', async () => {
    const { body, contentType } = await renderReport(report('en'), 'pdf');
    const pdf = body as Buffer;
    expect(contentType).toBe('application/pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it('json: the document, parseable back', async () => {
    const { body } = await renderReport(report('en'), 'json');
    expect(annualReport.parse(JSON.parse(String(body))).text.language).toBe('en');
  });
});
