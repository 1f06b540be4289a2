import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';

export const CONSENT_SCOPES = ['services', 'investigation', 'statistics'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** What a consent record says, as far as statistics care. */
export type ConsentFacts = { scopes: readonly ConsentScope[]; givenOn: string; revokedOn: string | null };

/**
 * How a person's records may enter statistics. `aggregate`: counted in totals, published only after
 * disclosure control. `disaggregated`: also in breakdowns and record-level extracts, which could point
 * to the person.
 */
export type StatisticsUse = { aggregate: boolean; disaggregated: boolean };

/** Whether some consent for statistics is in force on `asOf` (an ISO date); a revocation ends it that day. */
export const statisticsConsentInForce = (consents: readonly ConsentFacts[], asOf: string): boolean =>
  consents.some(
    (consent) =>
      consent.scopes.includes('statistics') &&
      consent.givenOn <= asOf &&
      (consent.revokedOn === null || consent.revokedOn > asOf),
  );

/**
 * The rule the statistics use for each person, on the date they are computed: with consent in force,
 * everywhere; without it, never disaggregated, and counted in totals only where the policy says the
 * law allows it (the operator's `ENLACE_STATISTICS_CONSENT`; default `aggregates`). A revocation
 * therefore applies to every computation after it, including recomputations of past years.
 */
export function statisticsUse(
  consents: readonly ConsentFacts[],
  policy: StatisticsConsentPolicy,
  asOf: string,
): StatisticsUse {
  return statisticsUseGiven(statisticsConsentInForce(consents, asOf), policy);
}

/**
 * The same rule once it is known whether consent is in force, for aggregates computed where the
 * consents are (the database applies `statisticsConsentInForce` as enlace_statistics_consent_in_force,
 * built on enlace_statistics_consent_holds for one consent record, migration 0028).
 */
export const statisticsUseGiven = (
  consentInForce: boolean,
  policy: StatisticsConsentPolicy,
): StatisticsUse =>
  consentInForce
    ? { aggregate: true, disaggregated: true }
    : { aggregate: policy === 'aggregates', disaggregated: false };
