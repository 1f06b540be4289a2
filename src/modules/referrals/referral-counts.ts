import { sql, type Transaction } from 'kysely';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ConsentFacts } from '../consent/statistics-use.ts';
import { directoryServices } from './directory-services.ts';
import { countReferrals, type ReferralCounts } from './referral-counts-rules.ts';
import { survivorServiceProfiles } from './service-profiles-store.ts';
import { SERVICE_TYPES, type ServiceType } from './vocabulary.ts';

export type ReferralCountsQuery = {
  /** The period, `from` included and `to` excluded. */
  from: Date;
  to: Date;
  /** The operator's ENLACE_STATISTICS_CONSENT; see consent/statistics-use.ts. */
  policy: StatisticsConsentPolicy;
  /** The day consent is judged on; today when left out. */
  asOf?: string;
};

/**
 * Referral counts for the statistics engine, inside its transaction under a statistician actor (the
 * database gives anyone else nothing): made (sent), accepted and overdue (unanswered past the deadline)
 * in the period, and unmet needs (no eligible service today) of survivors whose case opened in it, by
 * state and kind of service. No case or person id ever leaves the database.
 */
export async function referralCounts(
  trx: Transaction<Schema>,
  query: ReferralCountsQuery,
): Promise<ReferralCounts> {
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  const referrals = await sql<{
    state_code: StateCode | null;
    service_type: ServiceType;
    made: boolean;
    accepted: boolean;
    overdue: boolean;
    consents: ConsentFacts[];
  }>`SELECT * FROM enlace_referral_counts(${query.from}, ${query.to})`.execute(trx);
  const from = query.from.toISOString().slice(0, 10);
  const to = query.to.toISOString().slice(0, 10);
  const profiles = (await survivorServiceProfiles(trx, query.to)).filter(
    (profile) => profile.openedOn >= from && profile.openedOn < to,
  );
  return countReferrals(
    referrals.rows.map((row) => ({
      state: row.state_code,
      serviceType: row.service_type,
      made: row.made,
      accepted: row.accepted,
      overdue: row.overdue,
      consents: row.consents,
    })),
    profiles,
    await directoryServices(trx, SERVICE_TYPES),
    query.policy,
    asOf,
  );
}
