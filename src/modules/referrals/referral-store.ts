import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { ReferralView } from './referral-contract.ts';
import type { ReferralStatus } from './vocabulary.ts';

type Trx = Transaction<Schema>;
export type ReferralFilter = { caseId: string } | { referralId: string } | { agencyId: string };

const referralsQuery = (trx: Trx) =>
  trx
    .selectFrom('referrals as r')
    .innerJoin('provider_services as s', 's.id', 'r.service_id')
    .innerJoin('agencies as p', 'p.id', 'r.provider_agency_id')
    .innerJoin('agencies as f', 'f.id', 'r.from_agency_id')
    .selectAll('r')
    .select([
      's.name as serviceName',
      's.service_type as serviceType',
      'p.code as providerCode',
      'p.name as providerName',
      'f.code as fromCode',
      'f.name as fromName',
    ]);

/**
 * Referrals as row-level security lets the caller see them: with their case, or sent to the caller's
 * agency. The provider's view leaves out the case and the person, and neither side sees consent
 * records here, only whether an override was needed.
 */
export async function referralViews(
  trx: Trx,
  caller: CaseCaller,
  filter: ReferralFilter,
): Promise<ReferralView[]> {
  let query = referralsQuery(trx).orderBy('r.created_at', 'desc').orderBy('r.id').limit(500);
  if ('caseId' in filter) query = query.where('r.case_id', '=', filter.caseId);
  if ('referralId' in filter) query = query.where('r.id', '=', filter.referralId);
  if ('agencyId' in filter)
    query = query.where((eb) =>
      eb.or([eb('r.provider_agency_id', '=', filter.agencyId), eb('r.from_agency_id', '=', filter.agencyId)]),
    );
  const rows = await query.execute();
  const events = await eventsOf(
    trx,
    rows.map((row) => row.id),
  );
  const now = new Date();
  return rows.map((row) => {
    const incoming = row.provider_agency_id === caller.agencyId && row.from_agency_id !== caller.agencyId;
    return {
      id: row.id,
      version: row.version,
      caseId: incoming ? null : row.case_id,
      personId: incoming ? null : row.person_id,
      direction: incoming ? 'incoming' : 'outgoing',
      service: { id: row.service_id, name: row.serviceName, serviceType: row.serviceType },
      provider: { code: row.providerCode, name: row.providerName },
      from: { code: row.fromCode, name: row.fromName },
      urgency: row.urgency,
      status: row.status,
      needs: row.needs,
      profile: row.profile as ReferralView['profile'],
      consentOverridden: row.consent_override_reason !== null,
      monitoringOverridden: row.monitoring_override_reason !== null,
      sentAt: row.sent_at?.toISOString() ?? null,
      respondBy: row.respond_by?.toISOString() ?? null,
      overdue: row.status === 'sent' && row.respond_by !== null && row.respond_by < now,
      escalated: row.escalated_at !== null,
      events: events.get(row.id) ?? [],
    };
  });
}

async function eventsOf(trx: Trx, ids: readonly string[]) {
  const byReferral = new Map<string, ReferralView['events']>();
  if (ids.length === 0) return byReferral;
  const rows = await trx
    .selectFrom('referral_events as e')
    .innerJoin('agencies as a', 'a.id', 'e.actor_agency_id')
    .select(['e.referral_id', 'e.status', 'e.reason', 'a.code', 'e.at'])
    .where('e.referral_id', 'in', ids)
    .orderBy('e.id')
    .execute();
  for (const row of rows)
    byReferral.set(row.referral_id, [
      ...(byReferral.get(row.referral_id) ?? []),
      { status: row.status, reason: row.reason, agencyCode: row.code, at: row.at.toISOString() },
    ]);
  return byReferral;
}

/** One referral the caller may see, locked for a state change. */
export const referralForUpdate = (trx: Trx, referralId: string) =>
  trx.selectFrom('referrals').selectAll().where('id', '=', referralId).forUpdate().executeTakeFirst();

export const recordEvent = (trx: Trx, referralId: string, status: ReferralStatus, reason: string | null) =>
  trx.insertInto('referral_events').values({ referral_id: referralId, status, reason }).execute();

/** The provider's agency (suspended or not), its kind and monitoring, for a service of the directory. */
export const serviceProvider = (trx: Trx, serviceId: string) =>
  trx
    .selectFrom('provider_services as s')
    .innerJoin('service_providers as p', 'p.id', 's.provider_id')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select([
      's.id',
      's.service_type as serviceType',
      's.active',
      'a.id as agencyId',
      'a.code as agencyCode',
      'a.agency_type as agencyType',
      'p.monitoring_status as monitoring',
    ])
    .where('s.id', '=', serviceId)
    .executeTakeFirst();

/** The survivor's consents as sharing cares about them (row-level security: the case's readers). */
export const consentsOf = (trx: Trx, caseId: string, personId: string) =>
  trx
    .selectFrom('consents')
    .select([
      'id',
      'scopes',
      'recipient_agency_types as recipientAgencyTypes',
      'recipient_agency_ids as recipientAgencyIds',
      sql<string>`to_char(given_on, 'YYYY-MM-DD')`.as('givenOn'),
      sql<string | null>`to_char(revoked_on, 'YYYY-MM-DD')`.as('revokedOn'),
    ])
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .execute();
