import type { Role } from './roles.ts';

/**
 * Who may do what to a case: one table of role × action, narrowed by how the actor relates to the case.
 * Pure: the database enforces the row part again with row-level security (migration 0005).
 */
export const CASE_ACTIONS = [
  'case.read',
  'case.update',
  'case.share',
  'case.assign',
  'case.export',
  'identity.read',
  'location.read',
  'investigation.read',
  'needs.read',
  // Charges, verdicts, sentences, appeals, extraditions and the start of a prosecution.
  'prosecution.record',
  'break_glass',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * Owner: the authority that owns the case now. Walled: a suspect official's institution or
 * a person who declared a conflict of interest, kept out even from break-glass.
 */
export type CaseRelation = 'owner' | 'assigned' | 'shared' | 'break_glass' | 'none' | 'walled';

const CASE_WORK: CaseAction[] = ['case.read', 'case.update', 'identity.read', 'location.read', 'needs.read'];

const BY_ROLE: Record<Role, readonly CaseAction[]> = {
  intake_officer: CASE_WORK,
  case_worker: CASE_WORK,
  investigator: [...CASE_WORK, 'investigation.read'],
  prosecutor: [
    ...CASE_WORK,
    'investigation.read',
    'prosecution.record',
    'case.share',
    'case.assign',
    'case.export',
  ],
  // A shelter learns who arrives and what they need; never where they were found nor the investigation.
  shelter_staff: ['case.read', 'identity.read', 'needs.read'],
  supervisor: CASE_ACTIONS,
  statistician: [],
  auditor: [],
  administrator: [],
};

const READ_ONLY: readonly CaseAction[] = [
  'case.read',
  'identity.read',
  'location.read',
  'investigation.read',
  'needs.read',
];

/** What each relation leaves of the role's actions. */
const BY_RELATION: Record<CaseRelation, readonly CaseAction[]> = {
  owner: CASE_ACTIONS,
  assigned: [...READ_ONLY, 'case.update', 'prosecution.record'],
  shared: READ_ONLY,
  break_glass: READ_ONLY,
  none: ['break_glass'],
  walled: [],
};

export function mayOnCase(roles: readonly Role[], relation: CaseRelation, action: CaseAction): boolean {
  return BY_RELATION[relation].includes(action) && roles.some((role) => BY_ROLE[role].includes(action));
}

export type CaseAccessFacts = {
  owningAgencyId: string;
  openedByAgencyId: string;
  sharedWithAgencyIds: readonly string[];
  assignedUserIds: readonly string[];
  walled: boolean;
  breakGlassActive: boolean;
};

export type CaseActor = { userId: string; agencyId: string; roles: readonly Role[] };

/** Walls win over everything but an active break-glass grant, which walled actors cannot open. */
export function caseRelation(actor: CaseActor, facts: CaseAccessFacts): CaseRelation {
  if (facts.breakGlassActive) return 'break_glass';
  if (facts.walled) return 'walled';
  if (facts.owningAgencyId === actor.agencyId) return 'owner';
  if (facts.assignedUserIds.includes(actor.userId)) return 'assigned';
  // The agency that opened a case keeps following it after another authority takes it over.
  if (facts.sharedWithAgencyIds.includes(actor.agencyId) || facts.openedByAgencyId === actor.agencyId)
    return 'shared';
  return 'none';
}

export const FIELD_GROUPS = ['identity', 'location', 'investigation', 'needs'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** The parts of a case record an actor may see; the summary goes with `case.read`. */
export function visibleFieldGroups(roles: readonly Role[], relation: CaseRelation): FieldGroup[] {
  return FIELD_GROUPS.filter((group) => mayOnCase(roles, relation, `${group}.read`));
}
