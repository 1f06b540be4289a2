import { z } from 'zod';
import { GENDERS, SEXES } from '../cases/schema.ts';
import { REFERRAL_STATUSES, SERVICE_TYPES, URGENCIES } from './vocabulary.ts';

const overrideReason = z.string().trim().min(20).max(2000);

/** Sending needs consent and a monitored provider; a supervisor may override either, with a reason. */
const overrides = {
  consentOverrideReason: overrideReason.optional(),
  monitoringOverrideReason: overrideReason.optional(),
};

export const referralRequest = z.strictObject({
  personId: z.uuid(),
  serviceId: z.uuid(),
  urgency: z.enum(URGENCIES).default('routine'),
  /** False: keep it as a proposal to send later. */
  send: z.boolean().default(true),
  withChildren: z.boolean().default(false),
  ...overrides,
});
export type ReferralRequest = z.infer<typeof referralRequest>;

export const referralMove = z
  .strictObject({
    to: z.enum(REFERRAL_STATUSES).exclude(['proposed']),
    reason: z.string().trim().min(1).max(2000).optional(),
    ...overrides,
  })
  .refine((move) => move.to === 'sent' || (!move.consentOverrideReason && !move.monitoringOverrideReason), {
    path: ['consentOverrideReason'],
    params: { key: 'override_only_when_sending' },
  });
export type ReferralMove = z.infer<typeof referralMove>;

const event = z.object({
  status: z.enum(REFERRAL_STATUSES),
  reason: z.string().nullable(),
  agencyCode: z.string(),
  at: z.string(),
});

/** What the provider needs to serve the survivor: no name, no case, nothing of the investigation. */
export const referralProfile = z.object({
  sex: z.enum(SEXES).nullable(),
  gender: z.enum(GENDERS).nullable(),
  age: z.number().int().nullable(),
  nationality: z.string().nullable(),
  indigenousLanguage: z.string().nullable(),
  hasDisability: z.boolean(),
  withChildren: z.boolean(),
  exploitationForms: z.array(z.string()),
});

export const referralView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  /** Only for the sending side; the provider never learns which case. */
  caseId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  direction: z.enum(['outgoing', 'incoming']),
  service: z.object({ id: z.uuid(), name: z.string(), serviceType: z.enum(SERVICE_TYPES) }),
  provider: z.object({ code: z.string(), name: z.string() }),
  from: z.object({ code: z.string(), name: z.string() }),
  urgency: z.enum(URGENCIES),
  status: z.enum(REFERRAL_STATUSES),
  needs: z.array(z.enum(SERVICE_TYPES)),
  profile: referralProfile,
  consentOverridden: z.boolean(),
  monitoringOverridden: z.boolean(),
  sentAt: z.string().nullable(),
  respondBy: z.string().nullable(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  events: z.array(event),
});
export type ReferralView = z.infer<typeof referralView>;

export const referralList = z.object({ items: z.array(referralView) });
export const referralId = z.strictObject({ referralId: z.uuid() });
