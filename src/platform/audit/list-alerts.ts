import type { Kysely } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';

/** Unacknowledged first, newest first; row-level security limits auditors to their agency's alerts. */
export async function listAlerts(db: Kysely<Schema>, actor: Actor & { roles: readonly Role[] }) {
  if (!actor.roles.includes('auditor')) throw notFound();
  const rows = await withActor(db, actor, (trx) =>
    trx
      .selectFrom('security_alerts')
      .selectAll()
      .orderBy('acknowledged_at', (order) => order.desc().nullsFirst())
      .orderBy('raised_at', 'desc')
      .limit(500)
      .execute(),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      agencyId: row.agency_id,
      subjectUserId: row.subject_user_id,
      caseId: row.case_id,
      details: row.details,
      raisedAt: row.raised_at.toISOString(),
      acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    })),
  };
}
