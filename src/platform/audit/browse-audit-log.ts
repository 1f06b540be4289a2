import { type Kysely, sql } from 'kysely';
import type { AuditEntry, AuditQuery } from '../../contracts/audit.ts';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';
import { recordAudit } from './record-audit.ts';

/**
 * Auditors browse and filter the log (their agency's entries; the platform operator's auditors, all);
 * for everyone else it does not exist. Browsing is audited too, with the filters' names.
 */
export async function browseAuditLog(
  db: Kysely<Schema>,
  actor: Actor & { roles: readonly Role[] },
  query: AuditQuery,
) {
  if (!actor.roles.includes('auditor')) throw notFound();
  return withActor(db, actor, async (trx) => {
    let select = trx
      .selectFrom('audit_entries as e')
      .leftJoin('audit_chain as c', 'c.entry_id', 'e.id')
      .select([
        sql<string>`e.id::text`.as('id'),
        sql<string>`to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'occurredAt',
        ),
        'e.actor_user_id as actorUserId',
        'e.actor_agency_id as actorAgencyId',
        'e.actor_roles as actorRoles',
        'e.request_id as requestId',
        'e.action',
        'e.record_type as recordType',
        'e.record_id as recordId',
        'e.reason',
        'e.details',
        sql<string | null>`c.position::text`.as('chainPosition'),
      ]);
    if (query.action) select = select.where('e.action', '=', query.action);
    if (query.actorUserId) select = select.where('e.actor_user_id', '=', query.actorUserId);
    if (query.recordType) select = select.where('e.record_type', '=', query.recordType);
    if (query.recordId) select = select.where('e.record_id', '=', query.recordId);
    if (query.from) select = select.where('e.occurred_at', '>=', new Date(query.from));
    if (query.to) select = select.where('e.occurred_at', '<', new Date(query.to));
    const items: AuditEntry[] = await select
      .orderBy('e.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    const filters = Object.keys(query).filter((name) => !['limit', 'offset'].includes(name));
    await recordAudit(trx, { action: 'audit.browse', details: { filters, offset: query.offset } });
    return { items, limit: query.limit, offset: query.offset };
  });
}
