import { mayOnCase } from '../../platform/access/case-access.ts';
import type { Role } from '../../platform/access/roles.ts';
import { ProblemError } from '../../platform/http/problem.ts';

/** `agency`: the cases the caller's agency owns; `statistical`: the de-identified national extract. */
export type ExportKind = { kind: 'agency' } | { kind: 'statistical'; purpose: string };

/**
 * Which export a request asks for. A purpose asks for the statistician's extract, and a statistician
 * who may not export their agency's cases receives nothing else; identities are never in an extract.
 */
export function exportKind(
  roles: readonly Role[],
  request: { identities: boolean; purpose?: string | undefined },
): ExportKind {
  const statistician = roles.includes('statistician');
  const statistical =
    request.purpose !== undefined || (statistician && !mayOnCase(roles, 'owner', 'case.export'));
  if (!statistical) return { kind: 'agency' };
  if (!statistician) throw new ProblemError(403, 'export_not_allowed');
  if (request.identities) throw new ProblemError(403, 'export_identities_not_allowed');
  if (request.purpose === undefined) throw new ProblemError(400, 'export_purpose_required');
  return { kind: 'statistical', purpose: request.purpose };
}
