import { describe, expect, it } from 'vitest';
import { type Measure, measureGroup, measureIssues, rolesProtectedBy } from './measure-rules.ts';

const base: Measure = {
  kind: 'repatriation',
  relief: null,
  witnessMeasure: null,
  status: 'requested',
  requestedOn: '2012-05-01',
  resolvedOn: null,
  amountOrderedMxn: null,
  amountPaidMxn: null,
};
const relief: Measure = {
  ...base,
  kind: 'immigration_relief',
  relief: 'humanitarian_visa',
  status: 'applied',
};
const compensation: Measure = { ...base, kind: 'compensation', status: 'ordered', amountOrderedMxn: 100_000 };

describe('measureIssues', () => {
  it.each([
    ['a requested repatriation', base, []],
    ['a completed repatriation', { ...base, status: 'completed', resolvedOn: '2012-06-01' }, []],
    ['an application for a humanitarian visa', relief, []],
    [
      'a refugee status granted',
      { ...relief, relief: 'refugee_status', status: 'granted', resolvedOn: '2012-06-01' },
      [],
    ],
    [
      'witness protection granted',
      {
        ...base,
        kind: 'witness_protection',
        witnessMeasure: 'identity_reserved',
        status: 'granted',
        resolvedOn: '2012-05-02',
      },
      [],
    ],
    ['a non-punishment request', { ...base, kind: 'non_punishment' }, []],
    ['a compensation ordered, partly paid', { ...compensation, amountPaidMxn: 20_000 }, []],
    [
      'a compensation paid in full',
      { ...compensation, status: 'paid', amountPaidMxn: 100_000, resolvedOn: '2013-01-10' },
      [],
    ],
    [
      'a status of another kind',
      { ...base, status: 'granted' },
      [{ path: 'status', key: 'status_not_for_kind' }],
    ],
    ['an unknown status', { ...relief, status: 'ordered' }, [{ path: 'status', key: 'status_not_for_kind' }]],
    ['relief missing', { ...relief, relief: null }, [{ path: 'relief', key: 'required_for_kind' }]],
    [
      'relief on a repatriation',
      { ...base, relief: 'refugee_status' },
      [{ path: 'relief', key: 'not_for_kind' }],
    ],
    [
      'a witness measure missing',
      { ...base, kind: 'witness_protection' },
      [{ path: 'witnessMeasure', key: 'required_for_kind' }],
    ],
    [
      'the order missing',
      { ...compensation, amountOrderedMxn: null },
      [{ path: 'amountOrderedMxn', key: 'required_for_kind' }],
    ],
    [
      'a payment outside a compensation',
      { ...base, amountPaidMxn: 10 },
      [{ path: 'amountPaidMxn', key: 'not_for_kind' }],
    ],
    [
      'a final status without its date',
      { ...base, status: 'completed' },
      [{ path: 'resolvedOn', key: 'resolution_date_required' }],
    ],
    [
      'a date on an open status',
      { ...base, resolvedOn: '2012-06-01' },
      [{ path: 'resolvedOn', key: 'resolution_date_not_allowed' }],
    ],
    [
      'resolved before requested',
      { ...base, status: 'withdrawn', resolvedOn: '2012-04-01' },
      [{ path: 'resolvedOn', key: 'resolved_before_started' }],
    ],
    [
      'a negative order',
      { ...compensation, amountOrderedMxn: -1 },
      [{ path: 'amountOrderedMxn', key: 'amount_negative' }],
    ],
    [
      'more paid than ordered',
      { ...compensation, amountPaidMxn: 100_001 },
      [{ path: 'amountPaidMxn', key: 'paid_exceeds_ordered' }],
    ],
    [
      'paid, but not in full',
      { ...compensation, status: 'paid', amountPaidMxn: 50_000, resolvedOn: '2013-01-10' },
      [{ path: 'amountPaidMxn', key: 'paid_in_full_required' }],
    ],
  ] as [string, Measure, unknown[]][])('%s', (_name, measure, expected) => {
    expect(measureIssues(measure)).toEqual(expected);
  });
});

describe('who sees and who receives protection', () => {
  it('keeps witness protection and non-punishment with the investigation, the rest with needs', () => {
    expect(measureGroup('witness_protection')).toBe('investigation');
    expect(measureGroup('non_punishment')).toBe('investigation');
    expect(measureGroup('immigration_relief')).toBe('needs');
    expect(measureGroup('repatriation')).toBe('needs');
    expect(measureGroup('compensation')).toBe('needs');
  });

  it('protects survivors, and witnesses only through witness protection', () => {
    expect(rolesProtectedBy('witness_protection')).toEqual(['survivor', 'witness']);
    expect(rolesProtectedBy('immigration_relief')).toEqual(['survivor']);
  });
});
