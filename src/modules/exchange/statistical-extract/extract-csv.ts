import { stringify } from 'csv-stringify/sync';
import { caseStatusToHtcds, GENDER_TO_HTCDS } from '../htcds/columns.ts';
import { recordColumns } from '../htcds/record-columns.ts';
import type { RecordLine } from '../record-lines.ts';
import type { ExtractLine } from './extract-lines.ts';

/**
 * The HTCDS CSV of an extract: the columns of Enlace's HTCDS CSV that identify no one (no names, birth
 * date, documents, contact points, case reference or municipality), with the opening year and owning
 * agency of the case where the CSV has its opening date (docs/formats/statistical-extract.md).
 */
export const EXTRACT_CSV_COLUMNS = [
  'enlace_CaseId',
  'cas_Status',
  'enlace_CaseStatus',
  'enlace_CaseState',
  'enlace_CaseOpenedYear',
  'enlace_CaseAgency',
  'enlace_PersonId',
  'enlace_Role',
  'enlace_BirthYear',
  'prs_Gender',
  'enlace_Sex',
  'prs_Citizenship',
  'enlace_SpeaksIndigenousLanguage',
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

const text = (value: unknown) => (value === undefined ? undefined : String(value));
const list = (value: unknown) => ((value as string[] | undefined) ?? []).join(' ');

/** One row per person in the extract, its case's columns repeated, as the HTCDS CSV has it. */
export function extractCsv(lines: readonly ExtractLine[]): string {
  const cases = new Map(lines.filter((line) => line.type === 'case').map((line) => [line.id, line]));
  const ofPerson = (type: ExtractLine['type']) => {
    const grouped = new Map<string, ExtractLine[]>();
    for (const line of lines.filter((candidate) => candidate.type === type && candidate.person))
      grouped.set(line.person as string, [...(grouped.get(line.person as string) ?? []), line]);
    return (personId: string) => (grouped.get(personId) ?? []) as unknown as RecordLine[];
  };
  const exploitationsOf = ofPerson('exploitation');
  const suspectRolesOf = ofPerson('suspectRole');
  const rows = lines
    .filter((line) => line.type === 'person')
    .flatMap((person) => {
      const caseLine = cases.get(person.case as string);
      if (!caseLine) return [];
      const status = caseLine.status as Parameters<typeof caseStatusToHtcds>[0];
      return [
        {
          enlace_CaseId: caseLine.id,
          cas_Status: caseStatusToHtcds(status),
          enlace_CaseStatus: status,
          enlace_CaseState: text(caseLine.stateCode),
          enlace_CaseOpenedYear: text(caseLine.openedYear),
          enlace_CaseAgency: text(caseLine.agencyCode),
          enlace_PersonId: person.id,
          enlace_Role: text(person.role),
          enlace_BirthYear: text(person.birthYear),
          prs_Gender: person.gender
            ? GENDER_TO_HTCDS[person.gender as keyof typeof GENDER_TO_HTCDS]
            : undefined,
          enlace_Sex: text(person.sex),
          prs_Citizenship: text(person.nationality),
          enlace_SpeaksIndigenousLanguage: text(person.speaksIndigenousLanguage),
          enlace_Disability: text(person.hasDisability),
          enlace_Disabilities: list(person.disabilities),
          enlace_Needs: list(person.needs),
          enlace_PublicOfficial: text(person.publicOfficial),
          enlace_OfficialAgencyCode: text(person.officialAgencyCode),
          ...recordColumns(exploitationsOf(person.id), suspectRolesOf(person.id)[0]),
        },
      ];
    });
  return stringify(rows, { header: true, columns: [...EXTRACT_CSV_COLUMNS] });
}
