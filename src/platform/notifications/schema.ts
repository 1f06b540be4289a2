import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** What a notification may carry besides ids: short, non-personal values such as agency codes and times. */
export type NotificationParams = Record<string, string | number | boolean | null>;

export type NotificationsTable = {
  id: string;
  recipient_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  case_id: string | null;
  params: Json<NotificationParams>;
  created_at: Generated<Date>;
  read_at: ColumnType<Date | null, never, Date>;
};

/** Insert-only for the application: a sender outside it delivers and marks the messages. */
export type NotificationOutboxTable = {
  id: Generated<string>;
  channel: 'email' | 'sms';
  recipient_id: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
};

export type NotificationTables = {
  notifications: NotificationsTable;
  notification_outbox: NotificationOutboxTable;
};
