import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { StateCode } from '../catalog/states.ts';
import { type ConsentFacts, statisticsUse } from '../consent/statistics-use.ts';
import { type ServiceProfile, unmetNeeds } from './coverage-gaps.ts';
import type { DirectoryService } from './match.ts';
import type { ServiceType } from './vocabulary.ts';

/** One referral as statistics see it: where, what kind of service, what happened to it in the period. */
export type CountedReferral = {
  state: StateCode | null;
  serviceType: ServiceType;
  made: boolean;
  accepted: boolean;
  overdue: boolean;
  consents: readonly ConsentFacts[];
};

export type ReferralTally = { made: number; accepted: number; overdue: number; unmet: number };
export type ReferralCountCell = ReferralTally & { state: StateCode | null; serviceType: ServiceType };
export type ReferralCounts = {
  /** Everything the consent policy lets into totals. */
  totals: ReferralTally;
  /** By state of the case and kind of service: only survivors whose consent allows breakdowns. Raw
   * counts: the caller applies disclosure control (small cells) before publishing. */
  cells: ReferralCountCell[];
};

const zero = (): ReferralTally => ({ made: 0, accepted: 0, overdue: 0, unmet: 0 });

/**
 * Referrals made (sent), accepted and left unanswered past their deadline in a period, and needs that
 * found no eligible service (survivors of cases opened in the period, against the directory given),
 * counted under the statistics consent rule of each survivor on `asOf`.
 */
export function countReferrals(
  referrals: readonly CountedReferral[],
  profiles: readonly ServiceProfile[],
  services: readonly DirectoryService[],
  policy: StatisticsConsentPolicy,
  asOf: string,
): ReferralCounts {
  const totals = zero();
  const cells = new Map<string, ReferralCountCell>();
  const add = (
    consents: readonly ConsentFacts[],
    state: StateCode | null,
    serviceType: ServiceType,
    tally: Partial<ReferralTally>,
  ) => {
    const use = statisticsUse(consents, policy, asOf);
    if (!use.aggregate) return;
    const key = `${state}|${serviceType}`;
    const cell = cells.get(key) ?? { state, serviceType, ...zero() };
    for (const [measure, value] of Object.entries(tally) as [keyof ReferralTally, number][]) {
      totals[measure] += value;
      if (use.disaggregated) cell[measure] += value;
    }
    if (use.disaggregated) cells.set(key, cell);
  };
  for (const referral of referrals)
    add(referral.consents, referral.state, referral.serviceType, {
      made: Number(referral.made),
      accepted: Number(referral.accepted),
      overdue: Number(referral.overdue),
    });
  for (const profile of profiles)
    for (const need of unmetNeeds(profile, services))
      add(profile.consents, profile.state, need, { unmet: 1 });
  return {
    totals,
    cells: [...cells.values()].sort(
      (a, b) => (a.state ?? '').localeCompare(b.state ?? '') || a.serviceType.localeCompare(b.serviceType),
    ),
  };
}
