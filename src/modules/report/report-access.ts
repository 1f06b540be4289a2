import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * Who may see the annual report, its assessment and the tracker: statisticians of any agency and every
 * member of the interagency commission, which publishes the national figures. Who may change them: the
 * commission's statisticians and supervisors. Migration 0026 enforces the same with row-level security.
 */
export type ReportAccess = { reads: boolean; writes: boolean };

export async function reportAccess(trx: Transaction<Schema>, caller: CaseCaller): Promise<ReportAccess> {
  const agency = await trx
    .selectFrom('agencies')
    .select('agency_type')
    .where('id', '=', caller.agencyId)
    .executeTakeFirst();
  const commission = agency?.agency_type === 'interagency_commission';
  return {
    reads: commission || caller.roles.includes('statistician'),
    writes: commission && caller.roles.some((role) => role === 'statistician' || role === 'supervisor'),
  };
}

/** Anyone else learns nothing, not even that the report exists: 404. */
export async function requireReportReader(
  trx: Transaction<Schema>,
  caller: CaseCaller,
): Promise<ReportAccess> {
  const access = await reportAccess(trx, caller);
  if (!access.reads) throw notFound();
  return access;
}

/** Readers who may not write are told so (403); they already know the report exists. */
export async function requireReportWriter(trx: Transaction<Schema>, caller: CaseCaller): Promise<void> {
  const access = await requireReportReader(trx, caller);
  if (!access.writes) throw new ProblemError(403, 'report_write_forbidden');
}
