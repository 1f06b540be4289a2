import { BLOCKED_MONITORING, type MonitoringStatus } from './vocabulary.ts';

export type SendingFacts = {
  monitoring: MonitoringStatus;
  /** The consent in force for this provider, if any. */
  consentId: string | null;
  isSupervisor: boolean;
  consentOverrideReason?: string | undefined;
  monitoringOverrideReason?: string | undefined;
};

export type SendingDecision =
  | {
      ok: true;
      consentId: string | null;
      consentOverrideReason: string | null;
      monitoringOverrideReason: string | null;
    }
  | {
      ok: false;
      status: 403 | 409;
      code: 'provider_not_monitored' | 'referral_needs_consent' | 'override_needs_supervisor';
    };

/**
 * Whether a referral may go: the survivor consented to share with this provider, and the provider is
 * monitored (not suspended, not unmonitored). Without either, only a supervisor sends, with a written
 * reason kept on the referral and in the audit log. An override that is not needed is not kept.
 */
export function sendingDecision(facts: SendingFacts): SendingDecision {
  const blocked = BLOCKED_MONITORING.includes(facts.monitoring);
  if (blocked && !facts.monitoringOverrideReason)
    return { ok: false, status: 409, code: 'provider_not_monitored' };
  if (!facts.consentId && !facts.consentOverrideReason)
    return { ok: false, status: 409, code: 'referral_needs_consent' };
  const overriding = blocked || !facts.consentId;
  if (overriding && !facts.isSupervisor) return { ok: false, status: 403, code: 'override_needs_supervisor' };
  return {
    ok: true,
    consentId: facts.consentId,
    consentOverrideReason: facts.consentId ? null : (facts.consentOverrideReason ?? null),
    monitoringOverrideReason: blocked ? (facts.monitoringOverrideReason ?? null) : null,
  };
}
