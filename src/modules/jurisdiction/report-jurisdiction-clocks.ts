import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { timelineEvents } from './case-timeline.ts';
import type { clockPeriod, JurisdictionClockReport } from './clock-contract.ts';
import { type ClockMeasurement, type ClockTotal, measureJurisdictionClocks } from './clock-statistics.ts';
import { isoDuration } from './iso-duration.ts';
import { anonymousTimelines, loadAgencies, visibleTimelines } from './store.ts';

/**
 * Time undetermined and in dispute over a period. Supervisors get the cases they may see, case by case;
 * statisticians get every case in the country as totals and medians, from timelines that the database
 * hands over without case ids. Anyone else: not found.
 */
export async function reportJurisdictionClocks(
  db: Kysely<Schema>,
  caller: CaseCaller,
  period: z.infer<typeof clockPeriod>,
): Promise<JurisdictionClockReport> {
  const supervisor = caller.roles.includes('supervisor');
  if (!supervisor && !caller.roles.includes('statistician')) throw notFound();
  const asOf = new Date().toISOString();
  const openedBefore = new Date(Math.min(Date.parse(period.to), Date.parse(asOf)));
  return withActor(db, caller, async (trx) => {
    const agencies = await loadAgencies(trx);
    if (supervisor) {
      const visible = await visibleTimelines(trx, { openedBefore });
      const timelines = visible.map(({ caseId, reference, timeline }) => ({
        key: { caseId, reference },
        events: timelineEvents(timeline, agencies),
      }));
      const measured = measureJurisdictionClocks(timelines, period, asOf);
      const items = measured.cases.map(({ key, undeterminedMs, disputedMs }) => ({
        ...key,
        undeterminedMs,
        disputedMs,
      }));
      return { ...summary(measured, asOf), scope: 'cases', items };
    }
    const anonymous = await anonymousTimelines(trx, openedBefore);
    const timelines = anonymous.map((timeline, index) => ({
      key: index,
      events: timelineEvents(timeline, agencies),
    }));
    return {
      ...summary(measureJurisdictionClocks(timelines, period, asOf), asOf),
      scope: 'national',
      items: null,
    };
  });
}

function summary(measured: ClockMeasurement<unknown>, asOf: string) {
  return {
    from: measured.from,
    until: measured.until,
    asOf,
    caseCount: measured.cases.length,
    undetermined: withDurations(measured.undetermined),
    disputed: withDurations(measured.disputed),
  };
}

const withDurations = (total: ClockTotal) => ({
  ...total,
  total: isoDuration(total.totalMs),
  median: total.medianMs === null ? null : isoDuration(total.medianMs),
});
