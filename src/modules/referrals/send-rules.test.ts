import { describe, expect, it } from 'vitest';
import { type SendingFacts, sendingDecision } from './send-rules.ts';

const because = 'La persona está en riesgo inminente esta noche';
const facts: SendingFacts = { monitoring: 'accredited', consentId: 'c1', isSupervisor: false };

describe('whether a referral may be sent', () => {
  it.each([
    [
      'consent and an accredited provider',
      {},
      { ok: true, consentId: 'c1', consentOverrideReason: null, monitoringOverrideReason: null },
    ],
    [
      'a provider under review',
      { monitoring: 'under_review' as const },
      { ok: true, consentId: 'c1', consentOverrideReason: null, monitoringOverrideReason: null },
    ],
    ['no consent', { consentId: null }, { ok: false, status: 409, code: 'referral_needs_consent' }],
    [
      'a suspended provider',
      { monitoring: 'suspended' as const },
      { ok: false, status: 409, code: 'provider_not_monitored' },
    ],
    [
      'an unmonitored provider',
      { monitoring: 'unmonitored' as const },
      { ok: false, status: 409, code: 'provider_not_monitored' },
    ],
    [
      'an override by someone who is not a supervisor',
      { monitoring: 'suspended' as const, monitoringOverrideReason: because },
      { ok: false, status: 403, code: 'override_needs_supervisor' },
    ],
    [
      'a supervisor overriding the monitoring',
      { monitoring: 'suspended' as const, monitoringOverrideReason: because, isSupervisor: true },
      { ok: true, consentId: 'c1', consentOverrideReason: null, monitoringOverrideReason: because },
    ],
    [
      'a supervisor overriding a missing consent',
      { consentId: null, consentOverrideReason: because, isSupervisor: true },
      { ok: true, consentId: null, consentOverrideReason: because, monitoringOverrideReason: null },
    ],
    [
      'an override nobody needed',
      { consentOverrideReason: because, monitoringOverrideReason: because },
      { ok: true, consentId: 'c1', consentOverrideReason: null, monitoringOverrideReason: null },
    ],
  ])('%s', (_name, change, expected) => {
    expect(sendingDecision({ ...facts, ...change })).toEqual(expected);
  });
});
