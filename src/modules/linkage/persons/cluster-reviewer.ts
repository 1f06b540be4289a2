import type { Actor } from '../../../platform/db/with-actor.ts';
import { notFound } from '../../../platform/http/problem.ts';

/**
 * A person cluster exists, for the caller, only if they review linkage (supervisors): to anyone else
 * it answers as an unknown cluster (404), so that its id tells them nothing.
 */
export function requireClusterReviewer(caller: Actor): void {
  if (!caller.roles.includes('supervisor')) throw notFound();
}
