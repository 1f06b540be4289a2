import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../contracts/session.ts';
import type { Schema } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import type { SessionUser } from './session-store.ts';
import { userMembership } from './user-store.ts';

/** The signed-in user as the API and the web app see them: account, agency, roles and second factor. */
export async function describeSessionUser(db: Kysely<Schema>, account: SessionUser): Promise<CurrentUser> {
  const membership = await userMembership(db, account.id);
  return {
    ...account,
    agency: {
      id: membership.agencyId,
      code: membership.agencyCode,
      name: membership.agencyName,
      agencyType: membership.agencyType,
    },
    roles: membership.roles,
    mfaEnrolled: membership.mfaEnrolled,
  };
}

/** The user as the actor of what they do: the audit log and row-level security read this. */
export const actorOf = (user: CurrentUser, requestId: string | undefined): Actor => ({
  userId: user.id,
  agencyId: user.agency.id,
  roles: user.roles,
  requestId,
});
