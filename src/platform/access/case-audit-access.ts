import type { Role } from './roles.ts';

/** What decides whether someone may read a case's audit trail; computed by the database. */
export type CaseAuditFacts = {
  /** The case belongs to the actor's agency now (it owns the case, not merely shares or follows it). */
  ownedByActorAgency: boolean;
  /** A wall keeps the actor or their agency from the case. */
  walled: boolean;
  /** The actor belongs to the platform operator, whose auditors oversee every agency. */
  platformOperator: boolean;
};

/**
 * Who may read a case's audit trail: the auditors of the agency that owns the case, its supervisors
 * (who answer for the case and must see who touched it), and the platform operator's auditors. Never
 * through a share, an assignment or break-glass, and never behind a wall. The same rule is in SQL
 * (`enlace_actor_reads_case_audit`, migration 0027).
 */
export function mayReadCaseAudit(roles: readonly Role[], facts: CaseAuditFacts): boolean {
  if (facts.walled) return false;
  if (roles.includes('auditor') && (facts.ownedByActorAgency || facts.platformOperator)) return true;
  return roles.includes('supervisor') && facts.ownedByActorAgency;
}

/** Roles that may read some case's trail; anyone else is refused before any lookup. */
export const CASE_AUDIT_ROLES: readonly Role[] = ['auditor', 'supervisor'];
