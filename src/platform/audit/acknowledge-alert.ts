import type { Kysely } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';
import { recordAudit } from './record-audit.ts';

/** An auditor marks an alert as seen; alerts outside their reach do not exist for them. */
export async function acknowledgeAlert(
  db: Kysely<Schema>,
  actor: Actor & { roles: readonly Role[] },
  alertId: string,
) {
  if (!actor.roles.includes('auditor') || !actor.userId) throw notFound();
  const userId = actor.userId;
  await withActor(db, actor, async (trx) => {
    const updated = await trx
      .updateTable('security_alerts')
      .set({ acknowledged_at: new Date(), acknowledged_by: userId })
      .where('id', '=', alertId)
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound();
    await recordAudit(trx, {
      action: 'audit.alert_acknowledged',
      recordType: 'security_alert',
      recordId: alertId,
    });
  });
}
