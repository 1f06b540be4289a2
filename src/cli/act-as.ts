import type { CaseCaller } from '../modules/cases/case-actor.ts';
import type { Role } from '../platform/access/roles.ts';
import type { Database } from '../platform/db/database.ts';
import type { Translate } from '../platform/i18n/translate.ts';
import { CliError, EXIT } from './exit-codes.ts';

/**
 * The account a command acts as: imports and exports run with that user's agency and roles, under the
 * same row-level security and audit as in the web app. Disabled accounts cannot be used.
 */
export async function actAs(
  database: Database,
  username: string,
  requestId: string,
  t: Translate,
): Promise<CaseCaller & { agencyCode: string }> {
  const found = await database.owner.query<{ id: string; agency_id: string; code: string; roles: Role[] }>(
    `SELECT u.id, u.agency_id, a.code,
            coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
     FROM users u JOIN agencies a ON a.id = u.agency_id LEFT JOIN user_roles r ON r.user_id = u.id
     WHERE u.username = $1 AND u.disabled_at IS NULL GROUP BY u.id, a.code`,
    [username],
  );
  const row = found.rows[0];
  if (!row) throw new CliError(t('cli:actAs.unknown', { username }), EXIT.usage);
  return { userId: row.id, agencyId: row.agency_id, roles: row.roles, requestId, agencyCode: row.code };
}
