import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem.ts';
import { signedInUser } from './authenticate.ts';

/** Whether `authenticatedAt` (sign-in or re-authentication) lies within the last `minutes`. */
export function isRecentAuthentication(
  authenticatedAt: Date | null,
  minutes: number,
  now = new Date(),
): boolean {
  if (authenticatedAt === null) return false;
  const age = now.getTime() - authenticatedAt.getTime();
  return age >= 0 && age <= minutes * 60_000;
}

/**
 * Call first in a route guarded by `authenticate`, before revealing a survivor's identity or location
 * or exporting records: a session left open on an unattended desk must not be enough. Answers 403
 * `reauthentication_required` unless the user signed in or re-authenticated (POST /session/reauth)
 * within `minutes`.
 */
export function requireRecentAuthentication(request: FastifyRequest, minutes: number): void {
  signedInUser(request);
  if (!isRecentAuthentication(request.authenticatedAt, minutes)) {
    throw new ProblemError(403, 'reauthentication_required', { minutes });
  }
}
