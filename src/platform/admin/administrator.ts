import type { FastifyRequest } from 'fastify';
import { signedInUser } from '../auth/authenticate.ts';
import { notFound } from '../http/problem.ts';

export type Administrator = {
  userId: string;
  agencyId: string;
  agencyCode: string;
  roles: ReturnType<typeof signedInUser>['roles'];
  requestId: string;
  /** The platform operator's administrators manage every agency's users; others only their own. */
  platformWide: boolean;
};

/** The signed-in administrator, or 404: user administration does not exist for anyone else. */
export function requireAdministrator(request: FastifyRequest): Administrator {
  const user = signedInUser(request);
  if (!user.roles.includes('administrator')) throw notFound();
  return {
    userId: user.id,
    agencyId: user.agency.id,
    agencyCode: user.agency.code,
    roles: user.roles,
    requestId: request.id,
    platformWide: user.agency.code === 'ENLACE',
  };
}
