import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type UsersTable = {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  locale: 'es-MX' | 'en';
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type SessionsTable = {
  token_hash: Buffer;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  revoked_at: Date | null;
};

/** The tables Kysely knows; each module adds its own as it lands. */
export type Schema = {
  users: UsersTable;
  sessions: SessionsTable;
};
