import pg from 'pg';

export const OWNER_ROLE = 'enlace_owner';
export const APP_ROLE = 'enlace_app';

type Superuser = { host: string; port: number; password: string };

const literal = (value: string) => pg.escapeLiteral(value);
const identifier = (value: string) => pg.escapeIdentifier(value);

/**
 * Creates the two roles of an embedded cluster and the database. The owner runs migrations and owns
 * every object; the application role owns nothing, cannot bypass row-level security and only gets
 * the grants each migration gives it.
 */
export async function bootstrapEmbedded(
  superuser: Superuser,
  passwords: { owner: string; app: string },
  database: string,
): Promise<void> {
  const client = new pg.Client({ ...superuser, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await ensureRole(
      client,
      OWNER_ROLE,
      'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
      passwords.owner,
    );
    await ensureRole(
      client,
      APP_ROLE,
      'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
      passwords.app,
    );
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${identifier(database)} OWNER ${OWNER_ROLE} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, role: string, attributes: string, password: string) {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
  await client.query(`${verb} ROLE ${identifier(role)} ${attributes} PASSWORD ${literal(password)}`);
}

/**
 * On an external server the operator's DATABASE_URL role is the owner. Without a dedicated
 * DATABASE_APP_URL login, the application role is a NOLOGIN role the owner switches to.
 */
export async function ensureExternalAppRole(owner: pg.Pool): Promise<boolean> {
  const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
  if (exists.rowCount === 0) {
    try {
      await owner.query(`CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    } catch {
      return false;
    }
  }
  const member = await owner.query('SELECT pg_has_role(current_user, $1, $2) AS ok', [APP_ROLE, 'MEMBER']);
  if (member.rows[0]?.ok) return true;
  try {
    await owner.query(`GRANT ${APP_ROLE} TO current_user`);
    return true;
  } catch {
    return false;
  }
}
