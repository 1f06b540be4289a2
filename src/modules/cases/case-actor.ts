import type { CurrentUser } from '../../contracts/session.ts';
import type { CaseActor } from '../../platform/access/case-access.ts';
import type { Actor } from '../../platform/db/with-actor.ts';

export type CaseCaller = CaseActor & Actor;

/** The signed-in user as an actor on cases, carrying the request id into the audit log. */
export const caseCaller = (user: CurrentUser, requestId: string): CaseCaller => ({
  userId: user.id,
  agencyId: user.agency.id,
  roles: user.roles,
  requestId,
});
