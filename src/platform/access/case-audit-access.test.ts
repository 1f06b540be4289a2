import { describe, expect, it } from 'vitest';
import { type CaseAuditFacts, mayReadCaseAudit } from './case-audit-access.ts';
import type { Role } from './roles.ts';

const OWNED: CaseAuditFacts = { ownedByActorAgency: true, walled: false, platformOperator: false };
const OTHER: CaseAuditFacts = { ownedByActorAgency: false, walled: false, platformOperator: false };
const PLATFORM: CaseAuditFacts = { ownedByActorAgency: false, walled: false, platformOperator: true };
const WALLED: CaseAuditFacts = { ownedByActorAgency: true, walled: true, platformOperator: false };

describe('who may read a case audit trail', () => {
  const cases: [Role[], CaseAuditFacts, boolean][] = [
    [['auditor'], OWNED, true],
    [['supervisor'], OWNED, true],
    [['auditor'], OTHER, false],
    [['supervisor'], OTHER, false],
    [['auditor'], PLATFORM, true],
    [['supervisor'], PLATFORM, false],
    [['auditor'], WALLED, false],
    [['supervisor'], WALLED, false],
    [['prosecutor'], OWNED, false],
    [['investigator', 'case_worker', 'intake_officer', 'shelter_staff'], OWNED, false],
    [['statistician', 'administrator'], OWNED, false],
    [['prosecutor', 'auditor'], OWNED, true],
  ];
  it.each(cases)('%j on %j → %s', (roles, facts, allowed) => {
    expect(mayReadCaseAudit(roles, facts)).toBe(allowed);
  });
});
