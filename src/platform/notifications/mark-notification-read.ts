import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';

/** Marks one of the caller's notifications read (again, harmlessly); anyone else's does not exist for them. */
export async function markNotificationRead(db: Kysely<Schema>, actor: Actor, notificationId: string) {
  await withActor(db, actor, async (trx) => {
    const updated = await trx
      .updateTable('notifications')
      .set({ read_at: sql<Date>`coalesce(read_at, now())` })
      .where('id', '=', notificationId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound();
    await recordAudit(trx, {
      action: 'notification.read',
      recordType: 'notification',
      recordId: notificationId,
    });
  });
}
