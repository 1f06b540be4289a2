import type { OpenDataDocument, PublicRelease, PublishedIndicator } from '../../contracts/publication.ts';
import type { BreakdownDimension } from '../../contracts/statistics.ts';

/**
 * The open-data layout (docs/formats/open-data.md): one row per published number, long format, as the
 * CTDC's aggregate files do, with the HTCDS field a breakdown corresponds to where HTCDS has one.
 * CSV and JSON carry the same rows.
 */
export const OPEN_DATA_COLUMNS = [
  'country',
  'year',
  'release_id',
  'indicator',
  'section',
  'unit',
  'dimension',
  'htcds_field',
  'category',
  'value',
  'status',
  'at_least',
  'deduplicated',
  'completeness',
  'noisy',
  'suppression_threshold',
  'noise_epsilon',
] as const;
type Column = (typeof OPEN_DATA_COLUMNS)[number];
export type OpenDataRow = Record<Column, string | number | boolean | null>;

export type CellStatus = 'published' | 'suppressed' | 'no_data';

const HTCDS_FIELDS: Partial<Record<BreakdownDimension, string>> = {
  nationality: 'prs_Citizenship',
  form_palermo: 'vic_TypeOfExploitation',
  state: 'hte_State',
};

const statusOf = (value: number | null, suppressed: boolean): CellStatus =>
  suppressed ? 'suppressed' : value === null ? 'no_data' : 'published';

export function openDataRows(release: PublicRelease): OpenDataRow[] {
  return release.indicators.flatMap((indicator) => indicatorRows(release, indicator));
}

function indicatorRows(release: PublicRelease, indicator: PublishedIndicator): OpenDataRow[] {
  const row = (
    dimension: string,
    category: string,
    value: number | null,
    status: CellStatus,
    htcds = '',
  ) => ({
    country: release.country,
    year: release.year,
    release_id: release.releaseId,
    indicator: indicator.code,
    section: indicator.section,
    unit: indicator.unit,
    dimension,
    htcds_field: htcds,
    category,
    value,
    status,
    at_least: indicator.provenance.atLeast,
    deduplicated: indicator.provenance.deduplicated,
    completeness: indicator.provenance.completeness,
    noisy: indicator.noisy,
    suppression_threshold: release.disclosure.threshold,
    noise_epsilon: release.disclosure.epsilon,
  });
  const distribution = indicator.distribution;
  return [
    row('total', 'total', indicator.value, statusOf(indicator.value, indicator.suppressed)),
    ...indicator.breakdowns.flatMap((breakdown) =>
      breakdown.cells.map((cell) =>
        row(
          breakdown.dimension,
          cell.key,
          cell.value,
          statusOf(cell.value, cell.suppressed),
          HTCDS_FIELDS[breakdown.dimension],
        ),
      ),
    ),
    ...(distribution
      ? (['count', 'min', 'median', 'max'] as const).map((statistic) =>
          row(
            'distribution',
            statistic,
            distribution[statistic],
            statusOf(distribution[statistic], distribution.suppressed),
          ),
        )
      : []),
    ...indicator.provenance.agencies.map((agency) =>
      row(
        'contributing_agency',
        agency.agencyName,
        agency.records,
        statusOf(agency.records, agency.suppressed),
      ),
    ),
  ];
}

/** The rows as RFC 4180 CSV (CRLF line ends), text cells defused against spreadsheet formulas. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  const lines = [
    OPEN_DATA_COLUMNS.join(','),
    ...rows.map((row) => OPEN_DATA_COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A cell as written. Numbers and booleans are written by us and cannot start a formula (a count is never
 * negative); text that a spreadsheet would read as a formula (= + - @, tab or carriage return first)
 * gets a leading apostrophe, the OWASP advice, and quoting follows RFC 4180.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) || defused !== value ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** The JSON download: what the CSV repeats on every row is said once, then the same rows. */
export function openDataJson(release: PublicRelease): OpenDataDocument {
  return {
    format: 'enlace-open-data',
    version: 1,
    country: release.country,
    year: release.year,
    releaseId: release.releaseId,
    releasedAt: release.releasedAt,
    publisher: release.publisher,
    disclosure: release.disclosure,
    licence: OPEN_DATA_LICENCE,
    rows: openDataRows(release),
  };
}

/** Official Mexican open data is published under the Libre Uso MX terms. */
export const OPEN_DATA_LICENCE = 'https://datos.gob.mx/libreusomx';
