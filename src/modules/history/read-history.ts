import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { visibleFieldGroups } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { caseHistory, historyQuery } from './contract.ts';

/**
 * A case's history, newest first, without the changes to parts of the record the caller may not see
 * (a shelter never learns that the investigation moved).
 */
export async function readCaseHistory(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  query: z.infer<typeof historyQuery>,
): Promise<z.infer<typeof caseHistory>> {
  return withActor(db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const groups = visibleFieldGroups(caller.roles, relation);
    let rows = trx
      .selectFrom('record_changes as c')
      .innerJoin('users as u', 'u.id', 'c.changed_by')
      .innerJoin('agencies as a', 'a.id', 'c.changed_by_agency_id')
      .select([
        'c.id',
        'c.record_type as recordType',
        'c.record_id as recordId',
        'c.version',
        'c.change_kind as kind',
        'c.field_group as fieldGroup',
        'c.changes',
        'c.reason',
        'u.display_name as displayName',
        'a.code as agencyCode',
        'c.changed_at as changedAt',
      ])
      .where('c.case_id', '=', caseId)
      .where((eb) =>
        groups.length === 0
          ? eb('c.field_group', 'is', null)
          : eb.or([eb('c.field_group', 'is', null), eb('c.field_group', 'in', groups)]),
      )
      .orderBy('c.id', 'desc')
      .limit(query.limit + 1);
    if (query.before !== undefined) rows = rows.where('c.id', '<', query.before);
    const found = await rows.execute();
    await recordAudit(trx, { action: 'case.history.read', recordType: 'case', recordId: caseId });
    const page = found.slice(0, query.limit);
    return {
      items: page.map(({ displayName, agencyCode, changedAt, ...entry }) => ({
        ...entry,
        changedBy: { displayName, agencyCode },
        changedAt: changedAt.toISOString(),
      })),
      nextBefore: found.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });
}
