import type { Kysely } from 'kysely';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { FigureTrace } from '../../contracts/statistics-trace.ts';
import { IDENTITY_ROLES } from '../../platform/access/roles.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { loadAgencies } from '../jurisdiction/store.ts';
import { requireReportableYear } from './compute-annual-figures.ts';
import { computesNationalFigures } from './national-access.ts';
import { recordsPrevention } from './prevention-store.ts';
import { decodeTraceCursor, encodeTraceCursor, type TraceScope } from './trace-cursor.ts';
import { TRACE_PAGES, traceMeasure } from './trace-pages.ts';
import { type TraceRequest, traceSelection } from './trace-selection.ts';
import { openableCases, type TracedUnit } from './trace-store.ts';

export type TraceOptions = {
  statisticsConsent: StatisticsConsentPolicy;
  asOf?: Date;
  cursor?: string | undefined;
  limit: number;
};

/**
 * The records behind one figure (or one cell of its breakdowns) for a year. National figure readers
 * see every record as a reference (case, agency, date); case workers see the records of the cases they
 * may open, prevention recorders their agency's activities, and a count of the others; anyone else:
 * not found. Audited, with no record named.
 */
export async function traceFigure(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
  request: TraceRequest,
  options: TraceOptions,
): Promise<FigureTrace> {
  const asOf = options.asOf ?? new Date();
  return withActor(db, caller, async (trx) => {
    const national = await computesNationalFigures(trx, caller);
    if (!national && !caller.roles.some((role) => IDENTITY_ROLES.includes(role))) throw notFound();
    requireReportableYear(year, asOf);
    const agencies = await loadAgencies(trx);
    const idOfCode = new Map([...agencies.values()].map((agency) => [agency.code, agency.id]));
    const selection = traceSelection(request, options.statisticsConsent, (code) => idOfCode.get(code));
    const scope: TraceScope = {
      year,
      code: selection.indicator.code,
      dimension: selection.dimension,
      cell: selection.cell,
    };
    const after = options.cursor === undefined ? null : decodeTraceCursor(options.cursor, scope);
    if (after === null && options.cursor !== undefined) throw new ProblemError(400, 'invalid_cursor');
    const page = await TRACE_PAGES[selection.indicator.source](trx, {
      year,
      asOf: asOf.toISOString(),
      selection,
      agencies,
      after,
      size: options.limit + 1,
    });
    const listed = page.units.slice(0, options.limit);
    const openable = await openableCases(
      trx,
      listed.map((unit) => unit.caseId),
    );
    // The application repeats the database's rules: a case worker lists only cases they may open, a
    // prevention recorder only their own agency's activities.
    const seen = (unit: TracedUnit) =>
      unit.caseId === null
        ? unit.agencyId === caller.agencyId && recordsPrevention(caller.roles)
        : openable.has(unit.caseId);
    const shown = national ? listed : listed.filter(seen);
    const hidden = page.hidden + (listed.length - shown.length);
    await recordAudit(trx, {
      action: 'statistics.figure_traced',
      recordType: 'indicator',
      recordId: selection.indicator.code,
      details: { year, dimension: selection.dimension, cell: selection.cell, listed: shown.length, hidden },
    });
    const last = listed.at(-1);
    return {
      year,
      code: selection.indicator.code,
      dimension: selection.dimension,
      cell: selection.cell,
      traced: page.traced,
      hidden,
      measure: traceMeasure(selection),
      items: shown.map(({ unit: _, agencyId, ...item }) => ({
        ...item,
        agencyCode: agencies.get(agencyId)?.code ?? 'unknown',
        opensCase: item.caseId !== null && openable.has(item.caseId),
      })),
      nextCursor: page.units.length > options.limit && last ? encodeTraceCursor(last.unit, scope) : null,
    };
  });
}
