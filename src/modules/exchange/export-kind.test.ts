import { describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/roles.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { exportKind } from './export-kind.ts';

const refusal = (roles: Role[], request: { identities: boolean; purpose?: string }) => {
  try {
    exportKind(roles, request);
    return null;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return [error.status, error.code];
  }
};

describe('which export a request asks for', () => {
  it.each<[Role[], { identities: boolean; purpose?: string }, unknown]>([
    [['prosecutor'], { identities: false }, { kind: 'agency' }],
    [['prosecutor'], { identities: true }, { kind: 'agency' }],
    [['investigator'], { identities: false }, { kind: 'agency' }],
    [
      ['statistician'],
      { identities: false, purpose: 'anuario_2025' },
      { kind: 'statistical', purpose: 'anuario_2025' },
    ],
    [['prosecutor', 'statistician'], { identities: false }, { kind: 'agency' }],
    [
      ['prosecutor', 'statistician'],
      { identities: false, purpose: 'anuario_2025' },
      { kind: 'statistical', purpose: 'anuario_2025' },
    ],
  ])('%j asking %j gets %j', (roles, request, kind) => {
    expect(exportKind(roles, request)).toEqual(kind);
  });

  it.each<[Role[], { identities: boolean; purpose?: string }, unknown]>([
    [['statistician'], { identities: false }, [400, 'export_purpose_required']],
    [['statistician'], { identities: true, purpose: 'anuario_2025' }, [403, 'export_identities_not_allowed']],
    [['statistician'], { identities: true }, [403, 'export_identities_not_allowed']],
    [['prosecutor'], { identities: false, purpose: 'anuario_2025' }, [403, 'export_not_allowed']],
    [['auditor'], { identities: false, purpose: 'anuario_2025' }, [403, 'export_not_allowed']],
  ])('%j asking %j is refused with %j', (roles, request, expected) => {
    expect(refusal(roles, request)).toEqual(expected);
  });
});
