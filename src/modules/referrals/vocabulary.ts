import { REFERRAL_URGENCIES } from '../../contracts/referral-deadlines.ts';
import { NEEDS } from '../cases/people-contract.ts';

/** Kinds of service are the needs a survivor can have (people-contract.ts), one to one. */
export const SERVICE_TYPES = NEEDS;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Accredited and visited providers were checked on a date; the seed reports abuse in unmonitored ones. */
export const MONITORING_STATUSES = [
  'accredited',
  'visited',
  'under_review',
  'suspended',
  'unmonitored',
] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

/** Who may not receive referrals unless a supervisor overrides with a written reason. */
export const BLOCKED_MONITORING: readonly MonitoringStatus[] = ['suspended', 'unmonitored'];

export const SERVICE_COSTS = ['free', 'sliding_scale', 'paid'] as const;
export type ServiceCost = (typeof SERVICE_COSTS)[number];

export const SECURITY_LEVELS = ['standard', 'high'] as const;

export const URGENCIES = REFERRAL_URGENCIES;
export type Urgency = (typeof URGENCIES)[number];

export const REFERRAL_STATUSES = [
  'proposed',
  'sent',
  'accepted',
  'declined',
  'started',
  'completed',
  'withdrawn',
  'survivor_declined',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Agency types that deliver services and may be listed in the directory (domain.md §2, §6). */
export const PROVIDER_AGENCY_TYPES = [
  'shelter',
  'service_provider',
  'social_welfare',
  'victim_attention_unit',
  'migration_institute',
  'consulate',
  'federal_prosecutor_trafficking',
] as const;
