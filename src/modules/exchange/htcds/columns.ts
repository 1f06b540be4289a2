import type { CaseStatus, Gender } from '../../cases/schema.ts';

/**
 * The columns of Enlace's HTCDS CSV, in the order written: HTCDS 2.0 columns (© IOM, CC BY 4.0, see
 * docs/formats/htcds-mapping.md) and `enlace_` columns for what HTCDS has no column for. HTCDS has no
 * record ids, so the external ids that make imports idempotent travel in `enlace_CaseId`/`enlace_PersonId`.
 */
export const HTCDS_COLUMNS = [
  'enlace_CaseId',
  'enlace_CaseReference',
  'cas_Status',
  'enlace_CaseStatus',
  'enlace_CaseState',
  'enlace_CaseMunicipality',
  'enlace_CaseOpenedOn',
  'enlace_PersonId',
  'enlace_Role',
  'prs_FirstName',
  'prs_SecondName',
  'enlace_FirstSurname',
  'enlace_SecondSurname',
  'prs_Birthdate',
  'enlace_Birthdate',
  'enlace_BirthYear',
  'prs_Gender',
  'enlace_Sex',
  'prs_Citizenship',
  'enlace_IndigenousLanguage',
  'prs_IdentityNumber',
  'enlace_Documents',
  'prs_MobilePhone',
  'prs_Email',
  'prs_MailingStreet',
  'enlace_Contacts',
  'enlace_Disability',
  'enlace_Disabilities',
  'enlace_Needs',
  'enlace_PublicOfficial',
  'enlace_OfficialAgencyCode',
  'vic_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'vic_MethodsOfControl',
  'vic_MethodOfRecruitment',
  'vic_RelationshipToTrafficker',
  'enlace_Exploitations',
  'per_RoleInProcess',
  'enlace_SuspectRole',
] as const;
export type HtcdsColumn = (typeof HTCDS_COLUMNS)[number];
export type HtcdsRow = Partial<Record<HtcdsColumn, string>>;

/** Columns that stay empty unless identities were asked for with a reason. */
export const IDENTIFYING_COLUMNS = [
  'prs_FirstName',
  'prs_SecondName',
  'enlace_FirstSurname',
  'enlace_SecondSurname',
  'prs_Birthdate',
  'enlace_Birthdate',
  'prs_IdentityNumber',
  'enlace_Documents',
  'prs_MobilePhone',
  'prs_Email',
  'prs_MailingStreet',
  'enlace_Contacts',
] as const satisfies readonly HtcdsColumn[];

/** Table G of the mapping doc: one to one in both directions. */
export const GENDER_TO_HTCDS: Record<Gender, string> = {
  feminine: 'Feminine',
  masculine: 'Masculine',
  transgender_feminine: 'TransgenderFeminine',
  transgender_masculine: 'TransgenderMasculine',
  non_conforming: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

/** HTCDS's case status is the case worker's, not the criminal proceeding's: only closing maps. */
export const caseStatusToHtcds = (status: CaseStatus): string => (status === 'closed' ? 'Closed' : 'Active');

export const CASE_STATUS_FROM_HTCDS: Record<string, CaseStatus> = {
  Active: 'identification',
  FollowUp: 'identification',
  Closed: 'closed',
  ClosedReferred: 'closed',
};

export const reverse = <Code extends string>(table: Record<Code, string>): Map<string, Code> =>
  new Map(Object.entries(table).map(([code, htcds]) => [htcds as string, code as Code]));
