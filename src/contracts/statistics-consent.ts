/**
 * Whether a record without a survivor's consent for statistics is still counted in aggregate totals
 * (`aggregates`, the default) or counted nowhere (`consent_required`); see docs/rules.md, "Consent".
 * The operator chooses with ENLACE_STATISTICS_CONSENT.
 */
export const STATISTICS_CONSENT_POLICIES = ['aggregates', 'consent_required'] as const;
export type StatisticsConsentPolicy = (typeof STATISTICS_CONSENT_POLICIES)[number];
