import type { Role } from '../../platform/access/roles.ts';
import type { Database } from '../../platform/db/database.ts';
import type { CaseCaller } from './case-actor.ts';

/**
 * The caller an account acts as outside a web request (the command line's imports and exports, the demo
 * loader): that user's agency and roles, under the same row-level security and audit as in the web app.
 * Disabled accounts and accounts of suspended institutions cannot be used; undefined when there is no
 * such usable account.
 */
export async function actAs(
  database: Database,
  username: string,
  requestId: string,
): Promise<(CaseCaller & { agencyCode: string }) | undefined> {
  const found = await database.owner.query<{ id: string; agency_id: string; code: string; roles: Role[] }>(
    `SELECT u.id, u.agency_id, a.code,
            coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
     FROM users u JOIN agencies a ON a.id = u.agency_id LEFT JOIN user_roles r ON r.user_id = u.id
     WHERE u.username = $1 AND u.disabled_at IS NULL AND a.disabled_at IS NULL GROUP BY u.id, a.code`,
    [username],
  );
  const row = found.rows[0];
  return (
    row && { userId: row.id, agencyId: row.agency_id, roles: row.roles, requestId, agencyCode: row.code }
  );
}
