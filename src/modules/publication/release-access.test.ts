import { describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/roles.ts';
import { mayPublishStatistics } from './release-access.ts';

const caller = (roles: Role[]) => ({ userId: 'u', agencyId: 'a', roles });

describe('mayPublishStatistics', () => {
  it.each([
    { roles: ['statistician'], agencyType: 'interagency_commission', expected: true },
    { roles: ['supervisor'], agencyType: 'interagency_commission', expected: true },
    { roles: ['case_worker', 'statistician'], agencyType: 'interagency_commission', expected: true },
    { roles: ['case_worker'], agencyType: 'interagency_commission', expected: false },
    { roles: ['administrator'], agencyType: 'interagency_commission', expected: false },
    { roles: ['auditor'], agencyType: 'interagency_commission', expected: false },
    { roles: ['statistician'], agencyType: 'federal_prosecutor_trafficking', expected: false },
    { roles: ['supervisor'], agencyType: 'human_rights_commission', expected: false },
    { roles: ['statistician'], agencyType: undefined, expected: false },
  ] as { roles: Role[]; agencyType: string | undefined; expected: boolean }[])(
    '$roles in $agencyType: $expected',
    ({ roles, agencyType, expected }) => {
      expect(mayPublishStatistics(caller(roles), agencyType)).toBe(expected);
    },
  );
});
