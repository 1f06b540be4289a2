import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Schema } from '../db/schema.ts';
import { userMembership } from './user-store.ts';

type Account = { id: string; username: string; displayName: string; locale: 'es-MX' | 'en' };

/** The signed-in user as the API and the web app see them: account, agency and roles. */
export async function describeSessionUser(db: Kysely<Schema>, account: Account): Promise<CurrentUser> {
  const membership = await userMembership(db, account.id);
  return {
    ...account,
    agency: { id: membership.agencyId, code: membership.agencyCode, name: membership.agencyName },
    roles: membership.roles,
  };
}
