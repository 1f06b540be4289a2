import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/** The caller's agency's transfer inbox: requests it received and sent, pending and overdue first. */
export async function listTransfers(db: Kysely<Schema>, caller: CaseCaller) {
  const now = new Date();
  const rows = await withActor(db, caller, (trx) =>
    trx
      .selectFrom('case_transfers as t')
      .innerJoin('agencies as f', 'f.id', 't.from_agency_id')
      .innerJoin('agencies as d', 'd.id', 't.to_agency_id')
      .select([
        't.id',
        't.case_id as caseId',
        't.to_agency_id as toAgencyId',
        'f.code as fromCode',
        'f.name as fromName',
        'd.code as toCode',
        'd.name as toName',
        't.reason',
        't.requested_at as requestedAt',
        't.respond_by as respondBy',
        't.status',
        't.escalated_at as escalatedAt',
      ])
      // Readers of a case also see its transfers between other authorities; the inbox is the agency's own.
      .where((eb) =>
        eb.or([eb('t.from_agency_id', '=', caller.agencyId), eb('t.to_agency_id', '=', caller.agencyId)]),
      )
      .orderBy('t.status', 'desc')
      .orderBy('t.respond_by')
      .limit(500)
      .execute(),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      direction: row.toAgencyId === caller.agencyId ? ('incoming' as const) : ('outgoing' as const),
      from: { code: row.fromCode, name: row.fromName },
      to: { code: row.toCode, name: row.toName },
      reason: row.reason,
      requestedAt: row.requestedAt.toISOString(),
      respondBy: row.respondBy.toISOString(),
      status: row.status,
      overdue: row.status === 'pending' && row.respondBy < now,
      escalated: row.escalatedAt !== null,
    })),
  };
}
