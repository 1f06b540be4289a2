import { describe, expect, it } from 'vitest';
import {
  CASE_ACTIONS,
  type CaseAction,
  type CaseRelation,
  caseRelation,
  mayOnCase,
  visibleFieldGroups,
} from './case-access.ts';
import { ROLES, type Role } from './roles.ts';

const ALLOWED_AS_OWNER: Record<Role, CaseAction[]> = {
  intake_officer: ['case.read', 'case.update', 'identity.read', 'location.read', 'needs.read'],
  case_worker: ['case.read', 'case.update', 'identity.read', 'location.read', 'needs.read'],
  investigator: [
    'case.read',
    'case.update',
    'identity.read',
    'location.read',
    'investigation.read',
    'needs.read',
  ],
  prosecutor: [
    'case.read',
    'case.update',
    'case.share',
    'case.assign',
    'case.export',
    'identity.read',
    'location.read',
    'investigation.read',
    'needs.read',
    'prosecution.record',
  ],
  shelter_staff: ['case.read', 'identity.read', 'needs.read'],
  supervisor: [...CASE_ACTIONS],
  statistician: [],
  auditor: [],
  administrator: [],
};

describe('mayOnCase, as the owning agency', () => {
  for (const role of ROLES) {
    it.each(CASE_ACTIONS.map((action) => [action, ALLOWED_AS_OWNER[role].includes(action)] as const))(
      `${role} · %s → %s`,
      (action, allowed) => {
        expect(mayOnCase([role], 'owner', action)).toBe(allowed);
      },
    );
  }
});

describe('mayOnCase, by relation', () => {
  const cases: [CaseRelation, CaseAction, boolean][] = [
    ['shared', 'case.read', true],
    ['shared', 'identity.read', true],
    ['shared', 'case.update', false],
    ['shared', 'case.share', false],
    ['shared', 'case.export', false],
    ['assigned', 'case.update', true],
    ['assigned', 'case.share', false],
    ['assigned', 'prosecution.record', true],
    ['shared', 'prosecution.record', false],
    ['break_glass', 'prosecution.record', false],
    ['break_glass', 'identity.read', true],
    ['break_glass', 'case.update', false],
    ['none', 'case.read', false],
    ['none', 'break_glass', true],
    ['walled', 'break_glass', false],
    ['walled', 'case.read', false],
  ];
  it.each(cases)('supervisor · %s · %s → %s', (relation, action, allowed) => {
    expect(mayOnCase(['supervisor'], relation, action)).toBe(allowed);
  });

  it('never lets statisticians, auditors or administrators near case rows, whatever the relation', () => {
    for (const relation of ['owner', 'assigned', 'shared', 'break_glass', 'none', 'walled'] as const) {
      for (const action of CASE_ACTIONS) {
        expect(mayOnCase(['statistician', 'auditor', 'administrator'], relation, action)).toBe(false);
      }
    }
  });

  it('keeps shelters away from the investigation and the place a survivor was found', () => {
    expect(visibleFieldGroups(['shelter_staff'], 'shared')).toEqual(['identity', 'needs']);
    expect(visibleFieldGroups(['prosecutor'], 'owner')).toEqual([
      'identity',
      'location',
      'investigation',
      'needs',
    ]);
    expect(visibleFieldGroups(['statistician'], 'owner')).toEqual([]);
  });
});

describe('caseRelation', () => {
  const actor = { userId: 'u1', agencyId: 'a1', roles: ['prosecutor'] as const };
  const facts = {
    owningAgencyId: 'a9',
    openedByAgencyId: 'a8',
    sharedWithAgencyIds: [] as string[],
    assignedUserIds: [] as string[],
    walled: false,
    breakGlassActive: false,
  };
  it.each([
    [{}, 'none'],
    [{ owningAgencyId: 'a1' }, 'owner'],
    [{ openedByAgencyId: 'a1' }, 'shared'],
    [{ assignedUserIds: ['u1'] }, 'assigned'],
    [{ sharedWithAgencyIds: ['a1'] }, 'shared'],
    [{ owningAgencyId: 'a1', walled: true }, 'walled'],
    [{ walled: true, breakGlassActive: true }, 'break_glass'],
  ] as const)('%j → %s', (overrides, relation) => {
    expect(caseRelation(actor, { ...facts, ...overrides })).toBe(relation);
  });
});
