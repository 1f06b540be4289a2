import type { StatisticsConsentPolicy } from '../../../contracts/statistics-consent.ts';
import { statisticsUseGiven } from '../../consent/statistics-use.ts';
import type { Pseudonymise } from './pseudonyms.ts';

/** The kinds of line, in the order they are written: parents before the records pointing at them. */
export const EXTRACT_LINE_TYPES = [
  'case',
  'person',
  'exploitation',
  'suspectRole',
  'legalProceeding',
  'charge',
  'verdict',
  'appeal',
  'extradition',
  'bilateralInvestigation',
  'protectionMeasure',
  'testimonyDecision',
  'consent',
] as const;
export type ExtractLineType = (typeof EXTRACT_LINE_TYPES)[number];

/** The line a reference of `refs` points at, whose pseudonym it receives. */
const REFERENCE_TARGETS = {
  proceeding: 'legalProceeding',
  charge: 'charge',
  verdict: 'verdict',
} as const satisfies Record<string, ExtractLineType>;
type ReferenceField = keyof typeof REFERENCE_TARGETS;

/** A row of enlace_statistical_extract (migration 0039): non-identifying fields only. */
export type ExtractRow = {
  line_type: ExtractLineType;
  record_id: string;
  case_id: string;
  person_id: string | null;
  consented: boolean | null;
  /** Internal ids of the records the line points at, by field. */
  refs: Partial<Record<ReferenceField, string>>;
  fields: Record<string, unknown>;
};

/** A line of the extract: pseudonyms where the bundle has external ids. */
export type ExtractLine = {
  type: ExtractLineType;
  id: string;
  case?: string;
  person?: string;
} & Record<string, unknown>;

/**
 * A row enters a record-level extract under the consent-for-statistics policy: a survivor's or witness's
 * records only with their consent for statistics in force (a record-level extract is a disaggregated
 * use, src/modules/consent/statistics-use.ts); rows that are no survivor's or witness's (consented:
 * null) always, as in the statistics engine.
 */
export const entersExtract = (consented: boolean | null, policy: StatisticsConsentPolicy): boolean =>
  consented === null || statisticsUseGiven(consented, policy).disaggregated;

/** The extract's lines, pseudonymised, in an order that says nothing about when records were made. */
export function extractLines(
  rows: readonly ExtractRow[],
  policy: StatisticsConsentPolicy,
  pseudonym: Pseudonymise,
): ExtractLine[] {
  const lines = rows
    .filter((row) => entersExtract(row.consented, policy))
    .map((row): ExtractLine => {
      const line: ExtractLine = { type: row.line_type, id: pseudonym(row.line_type, row.record_id) };
      if (row.line_type !== 'case') line.case = pseudonym('case', row.case_id);
      if (row.person_id && row.line_type !== 'person') line.person = pseudonym('person', row.person_id);
      for (const [field, target] of Object.entries(REFERENCE_TARGETS)) {
        const id = row.refs[field as ReferenceField];
        if (id) line[field] = pseudonym(target, id);
      }
      return { ...line, ...withoutEmptyPlaces(row.fields) };
    });
  const order = (line: ExtractLine) => EXTRACT_LINE_TYPES.indexOf(line.type);
  return lines.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A place whose every part was left out (a municipality, a description) is not there at all. */
const withoutEmptyPlaces = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) =>
        !(
          value !== null &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.keys(value).length === 0
        ),
    ),
  );
