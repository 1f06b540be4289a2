import { sql, type Transaction } from 'kysely';
import type { FigureTrace, TracedActivity, TracedRecordType } from '../../contracts/statistics-trace.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { YearBounds } from './statistics-store.ts';
import type { TraceSelection } from './trace-selection.ts';

/** One unit behind a figure as the database hands it over: a reference, never a person. */
export type TracedUnit = {
  unit: string;
  recordType: TracedRecordType;
  /** Null for a prevention activity, which belongs to no case. */
  caseId: string | null;
  caseReference: string | null;
  agencyId: string;
  recordedOn: string;
  measure: number | null;
  jurisdiction: FigureTrace['items'][number]['jurisdiction'];
  activity: TracedActivity | null;
};

export type TracePage = { traced: number; hidden: number; units: TracedUnit[] };

/**
 * A page of the units a figure counts (migration 0030, enlace_statistics_trace, which selects them by
 * the predicates of enlace_statistics_cells), with how many the figure counts in all and how many of
 * those the caller may not see.
 */
export async function tracedUnits(
  trx: Transaction<Schema>,
  year: YearBounds,
  asOf: string,
  palermo: Record<string, string | null>,
  selection: TraceSelection,
  page: { after: string | null; size: number },
): Promise<TracePage> {
  const result = await sql<{
    unit: string | null;
    record_type: TracedRecordType;
    case_id: string;
    case_reference: string;
    agency_id: string;
    recorded_on: string;
    traced: string;
    hidden: string;
  }>`SELECT unit, record_type, case_id, case_reference, agency_id, recorded_on::text AS recorded_on,
       traced, hidden FROM enlace_statistics_trace(${year.start}::date, ${year.end}::date, ${asOf}::date,
       ${JSON.stringify(palermo)}::jsonb, ${selection.indicator.code}, ${selection.databaseDimension},
       ${selection.databaseCell}, ${selection.includeUnconsented}, ${page.after}::uuid, ${page.size})`.execute(
    trx,
  );
  const first = result.rows[0];
  return {
    traced: Number(first?.traced ?? 0),
    hidden: Number(first?.hidden ?? 0),
    units: result.rows.flatMap((row) =>
      row.unit === null
        ? []
        : [
            {
              unit: row.unit,
              recordType: row.record_type,
              caseId: row.case_id,
              caseReference: row.case_reference,
              agencyId: row.agency_id,
              recordedOn: row.recorded_on,
              measure: null,
              jurisdiction: null,
              activity: null,
            },
          ],
    ),
  };
}

/** Of these cases, the ones the caller may open: the cases row-level policy decides. */
export async function openableCases(
  trx: Transaction<Schema>,
  caseIds: readonly (string | null)[],
): Promise<Set<string>> {
  const ids = caseIds.filter((id) => id !== null);
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('cases')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((row) => row.id));
}
