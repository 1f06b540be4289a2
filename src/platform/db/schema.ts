import type { ColumnType, Generated } from 'kysely';
import type { AttachmentTables } from '../../modules/attachments/schema.ts';
import type { CaseNoteTables } from '../../modules/case-notes/schema.ts';
import type { CasesTables } from '../../modules/cases/schema.ts';
import type { ConsentTables } from '../../modules/consent/schema.ts';
import type { ExchangeTables } from '../../modules/exchange/schema.ts';
import type { ExploitationTables } from '../../modules/exploitation/schema.ts';
import type { FollowUpTables } from '../../modules/follow-up/schema.ts';
import type { HistoryTables } from '../../modules/history/schema.ts';
import type { JurisdictionTables } from '../../modules/jurisdiction/schema.ts';
import type { LegalTables } from '../../modules/legal/schema.ts';
import type { LinkageTables } from '../../modules/linkage/database/schema.ts';
import type { ProtectionTables } from '../../modules/protection/schema.ts';
import type { PublicationTables } from '../../modules/publication/schema.ts';
import type { ReferralTables } from '../../modules/referrals/schema.ts';
import type { ReportTables } from '../../modules/report/schema.ts';
import type { ScreeningTables } from '../../modules/screening/schema.ts';
import type { StatisticsTables } from '../../modules/statistics/schema.ts';
import type { SuspectTables } from '../../modules/suspects/schema.ts';
import type { AgencySector, AgencyType, JurisdictionLevel } from '../access/agency-types.ts';
import type { Role } from '../access/roles.ts';
import type { NotificationTables } from '../notifications/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type OptionalTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type AgenciesTable = {
  id: Generated<string>;
  code: string;
  name: string;
  agency_type: AgencyType;
  sector: AgencySector;
  jurisdiction_level: JurisdictionLevel;
  state_code: string | null;
  municipality: string | null;
  country_code: string | null;
  /** Set while the institution is suspended. */
  disabled_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
};

export type AgencyStatusChangesTable = {
  /** pg returns bigint as text. */
  id: ColumnType<string, never, never>;
  agency_id: string;
  version: number;
  status: 'suspended' | 'active';
  reason: string;
  changed_by: Generated<string>;
  request_id: Generated<string | null>;
  changed_at: Generated<Date>;
};

export type UserRolesTable = {
  user_id: string;
  role: Role;
  granted_at: Generated<Date>;
  granted_by: string | null;
};

export type UsersTable = {
  id: Generated<string>;
  agency_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  locale: 'es-MX' | 'en';
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type PendingStep = 'mfa' | 'enrolment';

export type SessionsTable = {
  token_hash: Buffer;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  revoked_at: Date | null;
  /** Set while the session owes its second factor or its enrolment; such a session opens nothing else. */
  pending_step: ColumnType<PendingStep | null, PendingStep | null | undefined, PendingStep | null>;
  authenticated_at: OptionalTimestamp;
};

export type UserMfaTable = {
  user_id: string;
  /** Field-encrypted (user_mfa.totp_secret, row = user id). */
  totp_secret: string;
  confirmed_at: OptionalTimestamp;
  /** pg returns bigint as text. */
  last_time_step: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: Generated<Date>;
};

export type MfaRecoveryCodesTable = {
  user_id: string;
  code_hmac: string;
  created_at: Generated<Date>;
  used_at: OptionalTimestamp;
};

export type SignInThrottleTable = {
  factor: 'password' | 'code';
  scope: 'pair' | 'address' | 'account';
  subject: string;
  failures: Generated<number>;
  last_failure_at: OptionalTimestamp;
  blocked_until: OptionalTimestamp;
};

export type SignInKnownAddressesTable = {
  subject: string;
  last_success_at: Timestamp;
};

export type AuditEntriesTable = {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  actor_user_id: Generated<string | null>;
  actor_agency_id: Generated<string | null>;
  actor_roles: Generated<string[]>;
  request_id: Generated<string | null>;
  action: string;
  record_type: string | null;
  record_id: string | null;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
};

export type AuditChainTable = {
  position: string;
  entry_id: string;
  previous_hash: Buffer;
  entry_hash: Buffer;
  sealed_at: Generated<Date>;
};

/** The tables Kysely knows: the platform's and, joined below, each module's. */
export type Schema = CasesTables &
  HistoryTables &
  ExchangeTables &
  ExploitationTables &
  SuspectTables &
  ScreeningTables &
  JurisdictionTables &
  LegalTables &
  ProtectionTables &
  ReferralTables &
  ReportTables &
  FollowUpTables &
  ConsentTables &
  CaseNoteTables &
  AttachmentTables &
  PublicationTables &
  LinkageTables &
  NotificationTables &
  StatisticsTables & {
    audit_entries: AuditEntriesTable;
    audit_chain: AuditChainTable;
    agencies: AgenciesTable;
    agency_status_changes: AgencyStatusChangesTable;
    user_roles: UserRolesTable;
    users: UsersTable;
    sessions: SessionsTable;
    user_mfa: UserMfaTable;
    mfa_recovery_codes: MfaRecoveryCodesTable;
    sign_in_throttle: SignInThrottleTable;
    sign_in_known_addresses: SignInKnownAddressesTable;
  };
