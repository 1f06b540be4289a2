import type { Transaction } from 'kysely';
import type { ResponseHours } from '../../contracts/referral-deadlines.ts';
import { requireAgencyActive } from '../../platform/access/receiving-agency.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { versionConflict } from '../../platform/http/versioning.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { today } from '../case-records/dates.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { recordReferralMoved } from './referral-history.ts';
import { consentsOf, recordEvent, serviceProvider } from './referral-store.ts';
import { sendingDecision } from './send-rules.ts';
import { consentForProvider } from './services-consent.ts';
import type { Urgency } from './vocabulary.ts';

/** Provider staff who answer referrals and are told when one arrives. */
export const PROVIDER_ANSWERERS = ['shelter_staff', 'case_worker', 'supervisor'] as const;

type Proposal = {
  id: string;
  caseId: string;
  personId: string;
  serviceId: string;
  urgency: Urgency;
  version: number;
};
type Overrides = {
  consentOverrideReason?: string | undefined;
  monitoringOverrideReason?: string | undefined;
};

/**
 * Sends a proposal inside the caller's transaction: the provider's institution must not be suspended,
 * and consent and monitoring are checked now (any of them may have changed since it was proposed), the deadline runs from now by urgency, the provider's staff are
 * told. Overrides go to the audit log with their reasons. Any refusal rolls the whole act back.
 */
export async function sendReferral(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  proposal: Proposal,
  overrides: Overrides,
  responseHours: ResponseHours,
) {
  const provider = await serviceProvider(trx, proposal.serviceId);
  if (provider) await requireAgencyActive(trx, provider.agencyId);
  if (!provider?.active) throw new ProblemError(409, 'referral_service_inactive');
  const consents = await consentsOf(trx, proposal.caseId, proposal.personId);
  const decision = sendingDecision({
    monitoring: provider.monitoring,
    consentId: consentForProvider(consents, provider, today()),
    isSupervisor: caller.roles.includes('supervisor'),
    ...overrides,
  });
  if (!decision.ok)
    throw new ProblemError(decision.status, decision.code, {
      agency: provider.agencyCode,
      status: provider.monitoring,
    });
  const sentAt = new Date();
  const respondBy = new Date(sentAt.getTime() + responseHours[proposal.urgency] * 3_600_000);
  const sent = await trx
    .updateTable('referrals')
    .set({
      status: 'sent',
      sent_at: sentAt,
      respond_by: respondBy,
      consent_id: decision.consentId,
      consent_override_reason: decision.consentOverrideReason,
      monitoring_override_reason: decision.monitoringOverrideReason,
      version: proposal.version + 1,
      updated_at: sentAt,
    })
    .where('id', '=', proposal.id)
    .where('version', '=', proposal.version)
    .returning('version')
    .executeTakeFirst();
  if (!sent) throw versionConflict(proposal.version + 1, proposal.version);
  await recordEvent(trx, proposal.id, 'sent', null);
  await recordReferralMoved(trx, {
    id: proposal.id,
    caseId: proposal.caseId,
    version: sent.version,
    from: 'proposed',
    to: 'sent',
  });
  const audit = {
    recordType: 'referral',
    recordId: proposal.id,
    details: { providerAgencyId: provider.agencyId },
  };
  await recordAudit(trx, { ...audit, action: 'referral.send' });
  if (decision.consentOverrideReason)
    await recordAudit(trx, {
      ...audit,
      action: 'referral.consent_override',
      reason: decision.consentOverrideReason,
    });
  if (decision.monitoringOverrideReason)
    await recordAudit(trx, {
      ...audit,
      action: 'referral.monitoring_override',
      reason: decision.monitoringOverrideReason,
      details: { ...audit.details, monitoring: provider.monitoring },
    });
  const from = await trx
    .selectFrom('agencies')
    .select('code')
    .where('id', '=', caller.agencyId)
    .executeTakeFirstOrThrow();
  await notifyUsers(trx, await agencyMembers(trx, provider.agencyId, PROVIDER_ANSWERERS), {
    kind: 'referral_received',
    subject: { type: 'referral', id: proposal.id },
    caseId: null,
    params: {
      from: from.code,
      serviceType: provider.serviceType,
      urgency: proposal.urgency,
      respondBy: respondBy.toISOString(),
    },
    outbox: proposal.urgency === 'routine' ? [] : ['email'],
  });
  return sent.version;
}
