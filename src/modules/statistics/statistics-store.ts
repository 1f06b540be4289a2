import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { StoredTimeline } from '../jurisdiction/case-timeline.ts';
import type { CellRow } from './figures.ts';

type Trx = Transaction<Schema>;

/** A calendar year as the database compares dates: [start, end). */
export type YearBounds = { start: string; end: string };
export const yearBounds = (year: number): YearBounds => ({
  start: `${year}-01-01`,
  end: `${year + 1}-01-01`,
});

type CellArguments = { year: YearBounds; asOf: string; palermo: Record<string, string | null> };

/**
 * The year's cells about its survivors (survivors identified, by form too; foreign survivors; unmet
 * needs) for the people of one part of `parts` (migration 0046): a person's records all fall in one
 * part, so the parts count disjoint people and their rows add up (`sumCellParts`).
 */
export const survivorCells = (
  trx: Trx,
  { year, asOf, palermo }: CellArguments,
  part: number,
  parts: number,
) =>
  cellRows(
    trx,
    sql`enlace_statistics_survivor_cells(${year.start}::date, ${year.end}::date, ${asOf}::date,
      ${JSON.stringify(palermo)}::jsonb, ${part}::integer, ${parts}::integer)`,
  );

/** The year's other cells: referrals, survivors assisted, shelter use, protection measures, legal track. */
export const servicesJusticeCells = (trx: Trx, { year, asOf, palermo }: CellArguments) =>
  cellRows(
    trx,
    sql`enlace_statistics_services_justice_cells(${year.start}::date, ${year.end}::date, ${asOf}::date,
      ${JSON.stringify(palermo)}::jsonb)`,
  );

/**
 * Grouped counts of people and records from one of the cell functions (migrations 0021, 0028, 0034,
 * 0043, 0046). The database hands them only to those who compute national figures and gives anyone
 * else no rows; no id or free text leaves it.
 */
async function cellRows(trx: Trx, call: RawBuilder<unknown>): Promise<CellRow[]> {
  const result = await sql<{
    indicator: string;
    dimension: string;
    cell: string | null;
    persons: string;
    records: string;
    candidates: string;
    complete: string;
    consented_persons: string;
    consented_records: string;
    consented_candidates: string;
    consented_complete: string;
  }>`SELECT * FROM ${call}`.execute(trx);
  return result.rows.map((row) => ({
    indicator: row.indicator,
    dimension: row.dimension,
    cell: row.cell,
    every: {
      persons: Number(row.persons),
      records: Number(row.records),
      candidates: Number(row.candidates),
      complete: Number(row.complete),
    },
    consented: {
      persons: Number(row.consented_persons),
      records: Number(row.consented_records),
      candidates: Number(row.consented_candidates),
      complete: Number(row.consented_complete),
    },
  }));
}

/** Prison terms of the year's convictions, in months (null: not set yet), with the authority. */
export async function sentenceMonths(trx: Trx, year: YearBounds) {
  const result = await sql<{ agency_id: string; months: number | null }>`
    SELECT * FROM enlace_statistics_sentences(${year.start}::date, ${year.end}::date)`.execute(trx);
  return result.rows.map((row) => ({ agencyId: row.agency_id, months: row.months }));
}

/** Jurisdiction timelines of the cases opened in the year, without case ids or free text. */
export async function openedTimelines(trx: Trx, year: YearBounds): Promise<StoredTimeline[]> {
  const result = await sql<{
    opened_at: Date;
    opened_by: string;
    decisions: StoredTimeline['decisions'];
    transfers: StoredTimeline['transfers'];
  }>`SELECT * FROM enlace_statistics_jurisdiction_timelines(${year.start}::timestamptz, ${year.end}::timestamptz)`.execute(
    trx,
  );
  return result.rows.map((row) => ({
    openedAt: row.opened_at.toISOString(),
    openedBy: row.opened_by,
    decisions: row.decisions,
    transfers: row.transfers,
  }));
}

/** The year's prevention activities; row-level security shows every agency's to national readers. */
export async function preventionActivities(trx: Trx, year: YearBounds) {
  const rows = await trx
    .selectFrom('prevention_activities')
    .select(['agency_id', 'activity_type', 'state_code', 'audience', 'languages', 'people_reached'])
    .where('held_on', '>=', sql<Date>`${year.start}::date`)
    .where('held_on', '<', sql<Date>`${year.end}::date`)
    .execute();
  return rows.map((row) => ({
    agencyId: row.agency_id,
    activityType: row.activity_type,
    stateCode: row.state_code,
    audience: row.audience,
    languages: row.languages,
    peopleReached: row.people_reached,
  }));
}

export type PreventionRow = Awaited<ReturnType<typeof preventionActivities>>[number];
