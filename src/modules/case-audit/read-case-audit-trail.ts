import { type Kysely, sql, type Transaction } from 'kysely';
import { CASE_AUDIT_ROLES, mayReadCaseAudit } from '../../platform/access/case-audit-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { caseAuditKind } from './action-kind.ts';
import type { CaseAuditEntry, CaseAuditTrail } from './contract.ts';

type TrailRow = {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_agency_code: string | null;
  actor_roles: string[];
  action: string;
  record_type: string | null;
  record_id: string | null;
  reason: string | null;
  details: Record<string, unknown>;
};

/**
 * A case's audit trail, newest first: who read identities, changed, exported, shared or broke the glass.
 * For everyone the rule refuses, the case does not exist (404). Reading the trail is audited too.
 */
export async function readCaseAuditTrail(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  query: { limit: number; before?: string | undefined },
): Promise<CaseAuditTrail> {
  if (!caller.roles.some((role) => CASE_AUDIT_ROLES.includes(role))) throw notFound();
  return withActor(db, caller, async (trx) => {
    await requireTrailAccess(trx, caller, caseId);
    const { rows } = await sql<TrailRow>`
      SELECT id::text AS id, occurred_at, actor_user_id, actor_name, actor_agency_code, actor_roles, action,
             record_type, record_id, reason, details
      FROM enlace_case_audit_trail(${caseId}::uuid, ${query.before ?? null}::bigint, ${query.limit + 1})`.execute(
      trx,
    );
    await recordAudit(trx, {
      action: 'case.audit_read',
      recordType: 'case',
      recordId: caseId,
      details: { before: query.before ?? null },
    });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toEntry),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });
}

async function requireTrailAccess(trx: Transaction<Schema>, caller: CaseCaller, caseId: string) {
  const { rows } = await sql<{ owned_by_actor_agency: boolean; walled: boolean; platform_operator: boolean }>`
    SELECT owned_by_actor_agency, walled, platform_operator FROM enlace_case_audit_facts(${caseId}::uuid)`.execute(
    trx,
  );
  const [facts] = rows;
  const allowed =
    facts !== undefined &&
    mayReadCaseAudit(caller.roles, {
      ownedByActorAgency: facts.owned_by_actor_agency,
      walled: facts.walled,
      platformOperator: facts.platform_operator,
    });
  if (!allowed) throw notFound();
}

function toEntry(row: TrailRow): CaseAuditEntry {
  const fields = row.details.fields;
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor:
      row.actor_user_id === null
        ? null
        : {
            userId: row.actor_user_id,
            displayName: row.actor_name,
            agencyCode: row.actor_agency_code,
            roles: row.actor_roles,
          },
    action: row.action,
    kind: caseAuditKind(row.action),
    recordType: row.record_type,
    recordId: row.record_id,
    reason: row.reason,
    fields: Array.isArray(fields) ? fields.filter((field) => typeof field === 'string') : [],
  };
}
