import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { dateText } from '../case-records/record-sql.ts';
import type { FollowUpTaskView } from './follow-up-contract.ts';
import { FOLLOWED_KINDS, type FollowedKind, followUpDeadline } from './follow-up-rules.ts';

type Trx = Transaction<Schema>;
export type TaskFilter = { caseId: string } | { responsibleAgencyId: string };

/**
 * Open protection measures to follow up, as row-level security lets the caller see them (witness
 * protection only with the investigation), soonest deadline first.
 */
export async function followUpTasks(
  trx: Trx,
  filter: TaskFilter,
  today: string,
): Promise<FollowUpTaskView[]> {
  let query = trx
    .selectFrom('protection_measures as m')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .innerJoin('agencies as a', 'a.id', 'm.recorded_by_agency_id')
    .leftJoin('protection_follow_up_escalations as e', 'e.measure_id', 'm.id')
    .select([
      'm.id',
      'm.case_id',
      'c.reference',
      'm.person_id',
      'm.kind',
      'm.relief',
      'm.witness_measure',
      'm.status',
      dateText('m.requested_on').as('requestedOn'),
      'm.amount_ordered_mxn',
      'm.amount_paid_mxn',
      'e.escalated_at',
      'a.code',
      'a.name',
    ])
    .where('m.kind', 'in', FOLLOWED_KINDS)
    .where('m.status', 'in', ['applied', 'requested', 'ordered']);
  query =
    'caseId' in filter
      ? query.where('m.case_id', '=', filter.caseId)
      : query.where('m.recorded_by_agency_id', '=', filter.responsibleAgencyId);
  const rows = await query.limit(1000).execute();
  const tasks: FollowUpTaskView[] = [];
  for (const row of rows) {
    const deadline = followUpDeadline(row, today);
    if (!deadline) continue;
    tasks.push({
      measureId: row.id,
      caseId: row.case_id,
      caseReference: row.reference,
      personId: row.person_id,
      kind: row.kind as FollowedKind,
      ...deadline,
      relief: row.relief,
      witnessMeasure: row.witness_measure,
      status: row.status,
      requestedOn: row.requestedOn,
      escalatedAt: row.escalated_at?.toISOString() ?? null,
      outstandingMxn:
        row.amount_ordered_mxn === null
          ? null
          : Math.round((Number(row.amount_ordered_mxn) - Number(row.amount_paid_mxn ?? 0)) * 100) / 100,
      responsibleAgency: { code: row.code, name: row.name },
    });
  }
  return tasks.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.measureId.localeCompare(b.measureId));
}
