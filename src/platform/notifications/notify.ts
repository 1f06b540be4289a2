import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { NotificationKind } from '../../contracts/notifications.ts';
import type { Schema } from '../db/schema.ts';
import type { NotificationParams } from './schema.ts';

export type Notice = {
  kind: NotificationKind;
  subject: { type: string; id: string };
  caseId: string | null;
  /** Never personal data: agency codes, deadlines, counts. */
  params: NotificationParams;
  /** Channels outside the application, for what must reach people who are not signed in. */
  outbox?: readonly ('email' | 'sms')[];
};

/**
 * Tells each recipient in the application, inside the act's transaction (the notice exists only if the
 * act commits), and queues the outside channels. Ids are made here because the application may not
 * read back what it wrote for someone else.
 */
export async function notifyUsers(
  trx: Transaction<Schema>,
  recipientIds: readonly string[],
  notice: Notice,
): Promise<number> {
  if (recipientIds.length === 0) return 0;
  const rows = recipientIds.map((recipientId) => ({
    id: randomUUID(),
    recipient_id: recipientId,
    kind: notice.kind,
    subject_type: notice.subject.type,
    subject_id: notice.subject.id,
    case_id: notice.caseId,
    params: JSON.stringify(notice.params),
  }));
  await trx.insertInto('notifications').values(rows).execute();
  const outbox = (notice.outbox ?? []).flatMap((channel) =>
    rows.map((row) => ({
      channel,
      recipient_id: row.recipient_id,
      kind: notice.kind,
      payload: JSON.stringify({ notificationId: row.id, params: notice.params }),
    })),
  );
  if (outbox.length > 0) await trx.insertInto('notification_outbox').values(outbox).execute();
  return rows.length;
}
