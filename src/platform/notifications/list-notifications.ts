import { type Kysely, sql } from 'kysely';
import type { Notification } from '../../contracts/notifications.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';

const PAGE = 50;

/** The caller's own notifications, newest first, with how many are still unread. */
export async function listNotifications(db: Kysely<Schema>, actor: Actor) {
  return withActor(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('notifications')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(PAGE)
      .execute();
    const counted = await trx
      .selectFrom('notifications')
      .select(sql<number>`count(*)::int`.as('unread'))
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      items: rows.map(
        (row): Notification => ({
          id: row.id,
          kind: row.kind as Notification['kind'],
          subject: { type: row.subject_type, id: row.subject_id },
          caseId: row.case_id,
          params: row.params,
          createdAt: row.created_at.toISOString(),
          readAt: row.read_at?.toISOString() ?? null,
        }),
      ),
      unread: counted.unread,
    };
  });
}
