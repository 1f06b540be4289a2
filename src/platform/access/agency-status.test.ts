import { describe, expect, test } from 'vitest';
import {
  type AgencyStatus,
  type AgencyStatusChange,
  type StatusChangeRefusal,
  statusAfter,
  statusChangeRefusal,
  statusOf,
} from './agency-status.ts';

describe('statusChangeRefusal', () => {
  const cases: {
    code: string;
    status: AgencyStatus;
    change: AgencyStatusChange;
    expected: StatusChangeRefusal | undefined;
  }[] = [
    { code: 'FGE-PUE', status: 'active', change: 'suspend', expected: undefined },
    { code: 'FGE-PUE', status: 'suspended', change: 'reinstate', expected: undefined },
    { code: 'FGE-PUE', status: 'suspended', change: 'suspend', expected: 'agency_already_suspended' },
    { code: 'FGE-PUE', status: 'active', change: 'reinstate', expected: 'agency_not_suspended' },
    { code: 'ENLACE', status: 'active', change: 'suspend', expected: 'agency_operator_not_suspendable' },
    { code: 'ENLACE', status: 'active', change: 'reinstate', expected: 'agency_not_suspended' },
    // A code that merely contains the operator's is another institution.
    { code: 'ENLACE-MX', status: 'active', change: 'suspend', expected: undefined },
  ];
  test.each(cases)('$change of $code while $status → $expected', ({ code, status, change, expected }) => {
    expect(statusChangeRefusal({ code, status }, change)).toBe(expected);
  });
});

describe('statusOf and statusAfter', () => {
  test('a suspension date means suspended; none means active', () => {
    expect(statusOf(new Date())).toBe('suspended');
    expect(statusOf(null)).toBe('active');
  });
  test('each change leads to its status', () => {
    expect(statusAfter('suspend')).toBe('suspended');
    expect(statusAfter('reinstate')).toBe('active');
  });
});
