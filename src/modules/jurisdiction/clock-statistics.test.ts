import { describe, expect, it } from 'vitest';
import { type CaseTimeline, measureJurisdictionClocks } from './clock-statistics.ts';
import type { JurisdictionEvent } from './timeline.ts';
import { type Owner, requestTransfer } from './transfers.ts';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2026, 2, 1) + hours * HOUR).toISOString();
const PUEBLA: Owner = { authority: 'STATE_PROSECUTOR', state: 'PUE', agency: 'pue' };
const FEVIMTRA = { authority: 'FEVIMTRA' as const, state: null, agency: 'fev' };

const opened = (hours: number): JurisdictionEvent => ({
  type: 'opened',
  at: at(hours),
  owner: PUEBLA,
  decision: 'undetermined',
});
const decided = (hours: number): JurisdictionEvent => ({ type: 'decided', at: at(hours), decision: 'state' });
const requested = (hours: number, id = 'T'): JurisdictionEvent => ({
  type: 'transfer_requested',
  at: at(hours),
  request: requestTransfer({ id, from: PUEBLA, to: FEVIMTRA, reason: 'federal', requestedAt: at(hours) }),
});
const accepted = (hours: number, id = 'T'): JurisdictionEvent => ({
  type: 'transfer_accepted',
  at: at(hours),
  requestId: id,
});

type Row = [
  description: string,
  events: JurisdictionEvent[],
  period: [from: number, to: number],
  expected: { undetermined: number; disputed: number } | 'left out',
];

// Periods and expectations in hours; "as of" is hour 100 throughout.
const CASES: Row[] = [
  ['undetermined all through the period', [opened(0)], [10, 20], { undetermined: 10, disputed: 0 }],
  ['decided inside the period', [opened(0), decided(15)], [10, 20], { undetermined: 5, disputed: 0 }],
  ['decided before the period', [opened(0), decided(5)], [10, 20], { undetermined: 0, disputed: 0 }],
  ['opened inside the period', [opened(12), decided(14)], [10, 20], { undetermined: 2, disputed: 0 }],
  ['opened after the period', [opened(25)], [10, 20], 'left out'],
  [
    'in dispute across the end of the period',
    [opened(0), decided(1), requested(18)],
    [10, 20],
    { undetermined: 0, disputed: 2 },
  ],
  [
    'undetermined and in dispute at once, until accepted',
    [opened(0), requested(12), accepted(16)],
    [10, 20],
    { undetermined: 6, disputed: 4 },
  ],
  ['a period still running stops at "as of"', [opened(90)], [80, 200], { undetermined: 10, disputed: 0 }],
  ['a period not yet started measures nothing', [opened(0)], [150, 200], { undetermined: 0, disputed: 0 }],
];

describe('measureJurisdictionClocks', () => {
  it.each(CASES)('%s', (_description, events, [from, to], expected) => {
    const measured = measureJurisdictionClocks(
      [{ key: 'case', events }],
      { from: at(from), to: at(to) },
      at(100),
    );
    if (expected === 'left out') {
      expect(measured.cases).toEqual([]);
      return;
    }
    expect(measured.cases).toEqual([
      { key: 'case', undeterminedMs: expected.undetermined * HOUR, disputedMs: expected.disputed * HOUR },
    ]);
  });

  it('adds up and takes the median among the cases that spent any time so', () => {
    const timelines: CaseTimeline<string>[] = [
      { key: 'a', events: [opened(0), decided(2)] },
      { key: 'b', events: [opened(0), decided(4)] },
      { key: 'c', events: [opened(0), decided(9)] },
      { key: 'd', events: [opened(0), decided(0), requested(1, 'Td'), accepted(4, 'Td')] },
      { key: 'e', events: [opened(0), decided(0)] },
    ];
    const measured = measureJurisdictionClocks(timelines, { from: at(0), to: at(24) }, at(100));
    expect(measured).toMatchObject({
      from: at(0),
      until: at(24),
      undetermined: { cases: 3, totalMs: 15 * HOUR, medianMs: 4 * HOUR },
      disputed: { cases: 1, totalMs: 3 * HOUR, medianMs: 3 * HOUR },
    });
    const even = measureJurisdictionClocks(timelines.slice(0, 2), { from: at(0), to: at(24) }, at(100));
    expect(even.undetermined.medianMs).toBe(3 * HOUR);
    const none = measureJurisdictionClocks([], { from: at(0), to: at(24) }, at(100));
    expect(none.undetermined).toEqual({ cases: 0, totalMs: 0, medianMs: null });
  });

  it('refuses a period that does not end after it starts', () => {
    expect(() => measureJurisdictionClocks([], { from: at(5), to: at(5) }, at(100))).toThrow(/period/);
  });
});
