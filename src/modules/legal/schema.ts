import type { Generated } from 'kysely';
import type { DateColumn, MoneyColumn, OptionalDateColumn, RecordColumns } from '../case-records/schema.ts';
import type { ExploitationForm } from '../exploitation/forms.ts';
import type { LawArticle } from './general-law.ts';

export type LegalProceedingsTable = RecordColumns & {
  agency_id: string;
  investigation_opened_on: DateColumn;
  prosecution_initiated_on: OptionalDateColumn;
};

export type ChargesTable = RecordColumns & {
  proceeding_id: string;
  person_id: string;
  person_role: Generated<'suspect'>;
  law_article: LawArticle;
  form: ExploitationForm;
  charged_on: DateColumn;
};

export type VerdictsTable = RecordColumns & {
  charge_id: string;
  outcome: 'conviction' | 'acquittal';
  decided_on: DateColumn;
  prison_years: number | null;
  prison_months: number | null;
  fine_mxn: MoneyColumn;
};

export type AppealsTable = RecordColumns & {
  verdict_id: string;
  appellant: 'prosecution' | 'defence' | 'victim';
  filed_on: DateColumn;
  result: 'pending' | 'upheld' | 'overturned' | 'modified';
  decided_on: OptionalDateColumn;
};

export type ExtraditionRequestsTable = RecordColumns & {
  person_id: string;
  person_role: Generated<'suspect'>;
  direction: 'outgoing' | 'incoming';
  country_code: string;
  requested_on: DateColumn;
  status: 'requested' | 'granted' | 'denied' | 'withdrawn';
  decided_on: OptionalDateColumn;
  surrendered_on: OptionalDateColumn;
};

export type BilateralInvestigationsTable = RecordColumns & {
  country_code: string;
  partner_agency: string;
  started_on: DateColumn;
  ended_on: OptionalDateColumn;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type LegalTables = {
  legal_proceedings: LegalProceedingsTable;
  charges: ChargesTable;
  verdicts: VerdictsTable;
  appeals: AppealsTable;
  extradition_requests: ExtraditionRequestsTable;
  bilateral_investigations: BilateralInvestigationsTable;
};
