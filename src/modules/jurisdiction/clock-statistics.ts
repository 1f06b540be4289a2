import { type JurisdictionEvent, replayJurisdiction } from './timeline.ts';
import { instant, JurisdictionRuleError } from './transfers.ts';

export type CaseTimeline<Key> = { key: Key; events: readonly JurisdictionEvent[] };
export type ClockPeriod = { from: string; to: string };
export type CaseClock<Key> = { key: Key; undeterminedMs: number; disputedMs: number };
export type ClockTotal = { cases: number; totalMs: number; medianMs: number | null };

export type ClockMeasurement<Key> = {
  from: string;
  /** The period's end, or `asOf` while the period is still running. */
  until: string;
  cases: CaseClock<Key>[];
  undetermined: ClockTotal;
  disputed: ClockTotal;
};

/**
 * The time each case spent undetermined and in dispute inside a period, with totals and medians.
 * Only time inside [from, until) counts, so consecutive periods add up; cases opened after the period are
 * left out. `cases` in a total counts those that spent any time so, and the median is theirs.
 */
export function measureJurisdictionClocks<Key>(
  timelines: readonly CaseTimeline<Key>[],
  period: ClockPeriod,
  asOf: string,
): ClockMeasurement<Key> {
  const from = instant(period.from);
  if (!(from < instant(period.to))) throw new JurisdictionRuleError('A period ends after it starts');
  // A period that has not started yet measures nothing.
  const until = Math.max(from, Math.min(instant(period.to), instant(asOf)));
  const cases = timelines.flatMap((timeline) => {
    const opened = openedAt(timeline.events);
    if (opened >= until) return [];
    const end = replayJurisdiction(timeline.events, iso(until));
    const start =
      opened < from ? replayJurisdiction(timeline.events, iso(from)) : { undeterminedMs: 0, disputedMs: 0 };
    return [
      {
        key: timeline.key,
        undeterminedMs: end.undeterminedMs - start.undeterminedMs,
        disputedMs: end.disputedMs - start.disputedMs,
      },
    ];
  });
  return {
    from: iso(from),
    until: iso(until),
    cases,
    undetermined: total(cases.map((item) => item.undeterminedMs)),
    disputed: total(cases.map((item) => item.disputedMs)),
  };
}

const iso = (time: number) => new Date(time).toISOString();

function openedAt(events: readonly JurisdictionEvent[]): number {
  const opened = events.find((event) => event.type === 'opened');
  if (!opened) throw new JurisdictionRuleError('A case timeline starts with the case being opened');
  return instant(opened.at);
}

function total(values: number[]): ClockTotal {
  const spent = values.filter((value) => value > 0).sort((a, b) => a - b);
  const middle = Math.floor(spent.length / 2);
  const median =
    spent.length === 0
      ? null
      : spent.length % 2 === 1
        ? spent[middle]!
        : Math.round((spent[middle - 1]! + spent[middle]!) / 2);
  return { cases: spent.length, totalMs: spent.reduce((sum, value) => sum + value, 0), medianMs: median };
}
