import type { ColumnType, Generated } from 'kysely';
import type { BirthDatePrecision } from './birth-date.ts';

export const CASE_STATUSES = [
  'identification',
  'investigation',
  'prosecution',
  'trial',
  'sentenced',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

type DateColumn = ColumnType<Date, Date | string | undefined, Date | string>;

export type CasesTable = {
  id: Generated<string>;
  reference: string;
  opened_by_agency_id: string;
  owning_agency_id: string;
  state_code: string | null;
  municipality: string | null;
  status: Generated<CaseStatus>;
  opened_on: DateColumn;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
  /** Agencies and users walled off from the case, kept by the database from case_walls (migration 0042). */
  walled_off: ColumnType<string[], never, never>;
};

export type CaseSharesTable = {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  reason: string;
  shared_by: string;
  shared_at: Generated<Date>;
  expires_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
};

export type CaseAssignmentsTable = {
  case_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: Generated<Date>;
};

export type CaseWallsTable = {
  id: Generated<string>;
  case_id: string;
  agency_id: string | null;
  user_id: string | null;
  cause: 'official_suspect' | 'conflict_of_interest';
  created_at: Generated<Date>;
};

export type BreakGlassGrantsTable = {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  reason: string;
  granted_at: Generated<Date>;
  expires_at: Date;
};

export type SecurityAlertsTable = {
  id: Generated<string>;
  kind: 'break_glass' | 'identity_read_rate' | 'mfa_reset';
  agency_id: string;
  subject_user_id: string;
  case_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  raised_at: Generated<Date>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type CasesTables = {
  cases: CasesTable;
  case_shares: CaseSharesTable;
  case_assignments: CaseAssignmentsTable;
  case_walls: CaseWallsTable;
  break_glass_grants: BreakGlassGrantsTable;
  security_alerts: SecurityAlertsTable;
  people: PeopleTable;
  person_identities: PersonIdentitiesTable;
  person_contacts: PersonContactsTable;
  person_documents: PersonDocumentsTable;
};

export const PERSON_ROLES = ['survivor', 'suspect', 'witness'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
/** HTCDS 2.0 prs_Gender (Feminine … NonSpecifiedUnknown), apart from the sex recorded. */
export const GENDERS = [
  'feminine',
  'masculine',
  'transgender_feminine',
  'transgender_masculine',
  'non_conforming',
  'unknown',
] as const;
export type Gender = (typeof GENDERS)[number];
/** Washington Group domains, as INEGI's census asks them, plus psychosocial disability. */
export const DISABILITIES = [
  'seeing',
  'hearing',
  'mobility',
  'cognition',
  'self_care',
  'communication',
  'psychosocial',
] as const;
export type Disability = (typeof DISABILITIES)[number];
/** Identity documents besides the CURP, which the identity holds. */
export const DOCUMENT_KINDS = ['passport', 'consular_id', 'national_id', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type PeopleTable = {
  id: string;
  case_id: string;
  role: PersonRole;
  recorded_by_agency_id: string;
  sex: Sex | null;
  gender: Gender | null;
  birth_year: number | null;
  birth_date_precision: BirthDatePrecision | null;
  nationality: string | null;
  indigenous_language: string | null;
  has_disability: boolean | null;
  disabilities: Generated<Disability[]>;
  public_official: Generated<boolean>;
  official_agency_id: string | null;
  needs: Generated<string[]>;
  created_at: Generated<Date>;
  version: Generated<number>;
};

/** Every text column holds ciphertext tokens (or keyed blind indexes); see platform/crypto. */
export type PersonIdentitiesTable = {
  person_id: string;
  given_names: string | null;
  first_surname: string | null;
  second_surname: string | null;
  birth_date: string | null;
  curp: string | null;
  curp_index: string | null;
  name_index: string | null;
  short_name_index: string | null;
};

/** One contact point; its tokens are bound to `id` (for points older than 0015, the person's id). */
export type PersonContactsTable = {
  id: string;
  person_id: string;
  position: number;
  phone: string | null;
  phone_index: string | null;
  email: string | null;
  address: string | null;
};

/** Number and expiry are ciphertext bound to `id`; kind and issuing country stay clear. */
export type PersonDocumentsTable = {
  id: string;
  person_id: string;
  position: number;
  kind: DocumentKind;
  issuing_country: string | null;
  number: string;
  number_index: string;
  expires_on: string | null;
};
