import type { ColumnType, Generated } from 'kysely';
import type { OptionalDateColumn } from '../case-records/schema.ts';
import type { Gender, Sex } from '../cases/schema.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ExploitationForm } from '../exploitation/forms.ts';
import type { MonitoringStatus, ReferralStatus, ServiceCost, ServiceType, Urgency } from './vocabulary.ts';

type Json<T> = ColumnType<T, string, string>;

export type ServiceProvidersTable = {
  id: Generated<string>;
  agency_id: string;
  monitoring_status: Generated<MonitoringStatus>;
  monitored_on: OptionalDateColumn;
  contact: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type ProviderServicesTable = {
  id: Generated<string>;
  provider_id: string;
  service_type: ServiceType;
  name: string;
  sexes: Sex[];
  genders: Gender[];
  min_age: number | null;
  max_age: number | null;
  exploitation_forms: ExploitationForm[];
  nationalities: string[];
  languages: string[];
  disability_access: boolean;
  accepts_children: boolean;
  security_level: 'standard' | 'high' | null;
  max_stay_days: number | null;
  may_leave_unaccompanied: boolean | null;
  states: StateCode[];
  municipalities: string[];
  capacity: number | null;
  occupancy: number;
  cost: ServiceCost;
  contact: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type ReferralsTable = {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  service_id: string;
  provider_agency_id: string;
  from_agency_id: Generated<string>;
  created_by: Generated<string>;
  urgency: Urgency;
  status: ReferralStatus;
  needs: ServiceType[];
  profile: Json<Record<string, unknown>>;
  consent_id: string | null;
  consent_override_reason: string | null;
  monitoring_override_reason: string | null;
  sent_at: Date | null;
  respond_by: Date | null;
  /** Set by the sweep only. */
  reminded_at: ColumnType<Date | null, never, never>;
  escalated_at: ColumnType<Date | null, never, never>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type ReferralEventsTable = {
  id: ColumnType<string, never, never>;
  referral_id: string;
  status: ReferralStatus;
  reason: string | null;
  actor_id: Generated<string>;
  actor_agency_id: Generated<string>;
  at: Generated<Date>;
};

export type ProviderMonitoringEventsTable = {
  id: ColumnType<string, never, never>;
  provider_id: string;
  status: Exclude<MonitoringStatus, 'unmonitored'>;
  monitored_on: ColumnType<Date, string, never>;
  recorded_by: Generated<string>;
  recorded_by_agency_id: Generated<string>;
  recorded_at: Generated<Date>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type ReferralTables = {
  service_providers: ServiceProvidersTable;
  provider_monitoring_events: ProviderMonitoringEventsTable;
  provider_services: ProviderServicesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
};
