import { describe, expect, it } from 'vitest';
import { addDays, type FollowedMeasure, followUpDeadline } from './follow-up-rules.ts';

const TODAY = '2026-03-01';

describe('followUpDeadline', () => {
  it.each([
    [
      'immigration relief applied for recently',
      { kind: 'immigration_relief', status: 'applied', requestedOn: '2026-02-01' },
      { task: 'relief_decision', dueOn: '2026-03-18', overdue: false },
    ],
    [
      'immigration relief applied for long ago',
      { kind: 'immigration_relief', status: 'applied', requestedOn: '2025-12-01' },
      { task: 'relief_decision', dueOn: '2026-01-15', overdue: true },
    ],
    [
      'immigration relief granted',
      { kind: 'immigration_relief', status: 'granted', requestedOn: '2025-12-01' },
      null,
    ],
    [
      'a repatriation due today is not yet overdue',
      { kind: 'repatriation', status: 'requested', requestedOn: '2026-01-30' },
      { task: 'repatriation_completed', dueOn: '2026-03-01', overdue: false },
    ],
    [
      'a repatriation withdrawn',
      { kind: 'repatriation', status: 'withdrawn', requestedOn: '2026-01-30' },
      null,
    ],
    [
      'witness protection requested a week ago',
      { kind: 'witness_protection', status: 'requested', requestedOn: '2026-02-22' },
      { task: 'protection_decision', dueOn: '2026-02-27', overdue: true },
    ],
    [
      'witness protection granted',
      { kind: 'witness_protection', status: 'granted', requestedOn: '2026-02-22' },
      null,
    ],
    [
      'compensation ordered, not yet paid in full',
      { kind: 'compensation', status: 'ordered', requestedOn: '2025-11-01' },
      { task: 'compensation_paid', dueOn: '2026-01-30', overdue: true },
    ],
    ['compensation paid', { kind: 'compensation', status: 'paid', requestedOn: '2025-11-01' }, null],
    [
      'non-punishment is not followed up',
      { kind: 'non_punishment', status: 'requested', requestedOn: '2025-01-01' },
      null,
    ],
  ] as [string, FollowedMeasure, ReturnType<typeof followUpDeadline>][])('%s', (_name, measure, expected) => {
    expect(followUpDeadline(measure, TODAY)).toEqual(expected);
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
