import type { Recommendation } from '../../src/contracts/annual-report.ts';
import type {
  AnnualFigures,
  Breakdown,
  IndicatorFigure,
  Provenance,
  ReportSection,
} from '../../src/contracts/statistics.ts';
import { composeAssessment } from '../../src/modules/report/compose-assessment.ts';
import { composeReport } from '../../src/modules/report/compose-report.ts';
import type { AnnualFiguresSource } from '../../src/modules/statistics/annual-figures-source.ts';
import type { Language } from '../../src/platform/i18n/languages.ts';

/** Hand-built figures for renderer and route tests: shaped like the engine's, with synthetic agencies. */
const AGENCIES = {
  fevimtra: { agencyId: 'a-fevimtra', agencyName: 'FEVIMTRA', agencyType: 'federal_prosecutor_trafficking' },
  puebla: { agencyId: 'a-fge-pue', agencyName: 'FGE-PUE', agencyType: 'state_prosecutor' },
  inm: { agencyId: 'a-inm', agencyName: 'INM', agencyType: 'migration_institute' },
};

export function provenanceOf(
  contributions: Array<[keyof typeof AGENCIES, number]>,
  options: Partial<Provenance> = {},
): Provenance {
  return {
    agencies: contributions.map(([agency, records]) => ({ ...AGENCIES[agency], records, completeness: 1 })),
    deduplicated: false,
    persons: null,
    completeness: 1,
    atLeast: false,
    excludedByConsent: 0,
    ...options,
  };
}

export function figure(
  code: string,
  year: number,
  value: number | null,
  options: Partial<Omit<IndicatorFigure, 'code' | 'year' | 'value'>> = {},
): IndicatorFigure {
  return {
    code,
    year,
    value,
    section: code.split('.')[0] as ReportSection,
    unit: 'count',
    distribution: null,
    breakdowns: [],
    provenance: provenanceOf([['fevimtra', value ?? 0]]),
    ...options,
  };
}

export const byForm = (cells: Record<string, number>): Breakdown => ({
  dimension: 'form_mexican_law',
  cells: Object.entries(cells).map(([key, value]) => ({ key, value })),
});

export const byState = (cells: Record<string, number>): Breakdown => ({
  dimension: 'state',
  cells: Object.entries(cells).map(([key, value]) => ({ key, value })),
});

export function figuresOf(year: number, indicators: IndicatorFigure[]): AnnualFigures {
  return { country: 'MX', year, computedAt: `${year + 1}-03-01T00:00:00.000Z`, indicators };
}

/** 2011 and 2012 shaped like the seed's numbers (synthetic records, not the seed's data set). */
export const FIGURES_2011 = figuresOf(2011, [
  figure('prosecution.convictions', 2011, 14, {
    breakdowns: [byForm({ sexual_exploitation: 14 }), byState({ CMX: 10, PUE: 4 })],
  }),
  figure('prosecution.investigations', 2011, 80),
  figure('protection.survivors_identified', 2011, 150),
]);

export const FIGURES_2012 = figuresOf(2012, [
  figure('prosecution.convictions', 2012, 25, {
    breakdowns: [
      byForm({ sexual_exploitation: 19, forced_labour: 6 }),
      byState({ CMX: 13, PUE: 2, TLA: 4, SON: 2, CHP: 4 }),
    ],
    provenance: provenanceOf(
      [
        ['fevimtra', 2],
        ['puebla', 23],
      ],
      { atLeast: true, completeness: 0.8 },
    ),
  }),
  figure('prosecution.investigations', 2012, 96),
  figure('prosecution.prosecutions', 2012, 3),
  figure('prosecution.sentence_length', 2012, 15, {
    unit: 'years',
    distribution: { count: 25, min: 127 / 12, median: 15, max: 52 },
  }),
  figure('prosecution.officials_prosecuted', 2012, 0),
  figure('prosecution.bilateral_investigations', 2012, 16),
  figure('prosecution.extraditions', 2012, 4),
  figure('protection.survivors_identified', 2012, 180, {
    provenance: provenanceOf(
      [
        ['fevimtra', 58],
        ['inm', 21],
        ['puebla', 120],
      ],
      { deduplicated: true, persons: { records: 199, distinct: 180 } },
    ),
  }),
  figure('protection.foreign_survivors', 2012, 21, {
    breakdowns: [
      {
        dimension: 'nationality',
        cells: [
          { key: 'GT', value: 12 },
          { key: 'HN', value: 5 },
          { key: 'SV', value: 4 },
        ],
      },
    ],
    provenance: provenanceOf([['inm', 21]]),
  }),
  figure('protection.immigration_relief', 2012, 20, { provenance: provenanceOf([['inm', 20]]) }),
  figure('protection.repatriations', 2012, 1, { provenance: provenanceOf([['inm', 1]]) }),
  figure('prevention.activities', 2012, null),
]);

/** A source that answers the two fixture years and empty figures for any other. */
export const fixtureFiguresSource: AnnualFiguresSource = async (_db, _caller, year) =>
  year === 2012 ? FIGURES_2012 : year === 2011 ? FIGURES_2011 : figuresOf(year, []);

export const FIXTURE_RECOMMENDATION: Recommendation = {
  id: '00000000-0000-4000-8000-000000000001',
  textEs: 'Mejorar la recopilación de datos <sin marcas>',
  textEn: 'Improve data collection <no markup>',
  ownerAgency: { id: '00000000-0000-4000-8000-000000000002', code: 'CIT', name: 'Comisión Intersecretarial' },
  dueOn: '2013-06-30',
  indicatorCodes: ['prosecution.convictions', 'prevention.activities'],
  status: 'in_progress',
  notes: [
    { text: 'Primer corte', status: 'in_progress', writtenBy: 'Revisora', writtenAt: '2013-01-15T10:00:00Z' },
  ],
  version: 2,
};

/** The 2012 fixture report with one judgement, a tier history and one tracked recommendation. */
export function fixtureReport(
  language: Language,
  recommendations: Recommendation[] = [FIXTURE_RECOMMENDATION],
) {
  const assessment = composeAssessment({
    current: FIGURES_2012,
    previous: FIGURES_2011,
    judgements: {
      law_enforcement: {
        rating: 'partly_met',
        note: 'Más condenas',
        reviewer: 'Revisora',
        judgedAt: '2013-02-01T00:00:00Z',
        version: 1,
      },
    },
    history: [
      { year: 2010, tier: '2', waived: false },
      { year: 2011, tier: '2', waived: false },
    ],
  });
  return composeReport(
    { current: FIGURES_2012, previous: FIGURES_2011, assessment, recommendations },
    language,
  );
}
