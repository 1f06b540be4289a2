import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/platform/access/roles.ts';
import { hashSessionToken } from '../../src/platform/auth/session-token.ts';
import { client } from './test-app.ts';
import type { TestDatabase } from './test-database.ts';

/**
 * Users and live sessions written straight into the database, for tests about what signed-in users
 * may do (sign-in itself has its own tests): no password hashing, one cookie per user.
 */
export async function userWithSession(
  database: TestDatabase,
  user: { username: string; agencyId: string; roles: readonly Role[] },
): Promise<{ id: string; cookie: string }> {
  const created = await database.owner.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id)
     VALUES ($1, $1, '$argon2id$test-only', $2) RETURNING id`,
    [user.username, user.agencyId],
  );
  const id: string = created.rows[0].id;
  for (const role of user.roles)
    await database.owner.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [id, role]);
  const token = randomBytes(32).toString('base64url');
  await database.owner.query(
    `INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at, authenticated_at)
     VALUES ($1, $2, now() + interval '1 hour', now() + interval '2 hours', now())`,
    [hashSessionToken(token), id],
  );
  return { id, cookie: `enlace_session=${token}` };
}

export async function agency(
  database: TestDatabase,
  code: string,
  options: { type: string; level: string; state?: string; sector?: string },
): Promise<string> {
  const created = await database.owner.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level, state_code)
     VALUES ($1, $1, $2, $3, $4, $5) RETURNING id`,
    [code, options.type, options.sector ?? 'government', options.level, options.state ?? null],
  );
  return created.rows[0].id;
}

let serial = 0;

/** A signed-in API client for a new user of `agencyId` holding `roles`. */
export async function signedInClient(
  database: TestDatabase,
  baseUrl: string,
  agencyId: string,
  roles: readonly Role[],
): Promise<ReturnType<typeof client> & { userId: string }> {
  const user = await userWithSession(database, { username: `usuario-prueba-${++serial}`, agencyId, roles });
  const session = client(baseUrl);
  session.setCookie(user.cookie);
  return Object.assign(session, { userId: user.id });
}
