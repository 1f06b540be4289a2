import type { Actor } from '../../../platform/db/with-actor.ts';
import { ProblemError } from '../../../platform/http/problem.ts';

/**
 * Supervisors review linkage pairs, and only pairs whose two records they may both see (row-level
 * security, migration 0022): a reviewer never learns of a record outside their reach through a pair.
 */
export function requireReviewer(caller: Actor): void {
  if (!caller.roles.includes('supervisor')) throw new ProblemError(403, 'linkage_reviewer_required');
}
