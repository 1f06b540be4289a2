import type { BundleCase, BundlePerson } from '../bundle-format.ts';
import type { RecordLine } from '../record-lines.ts';
import { caseStatusToHtcds, GENDER_TO_HTCDS, type HtcdsRow } from './columns.ts';
import { recordColumns } from './record-columns.ts';

/**
 * One CSV row per person record, its case's columns repeated (HTCDS is one row per victim-case record).
 * What the export left out (identities, contact points) leaves its columns empty.
 */
export function recordsToRow(
  caseRecord: BundleCase,
  person: BundlePerson,
  records: { exploitations: readonly RecordLine[]; suspectRole?: RecordLine | undefined } = {
    exploitations: [],
  },
): HtcdsRow {
  const { identity, contacts, documents } = person;
  return {
    enlace_CaseId: caseRecord.id,
    enlace_CaseReference: caseRecord.reference,
    cas_Status: caseStatusToHtcds(caseRecord.status),
    enlace_CaseStatus: caseRecord.status,
    enlace_CaseState: caseRecord.stateCode,
    enlace_CaseMunicipality: caseRecord.municipality,
    enlace_CaseOpenedOn: caseRecord.openedOn,
    enlace_PersonId: person.id,
    enlace_Role: person.role,
    prs_FirstName: identity?.givenNames,
    prs_SecondName: [identity?.firstSurname, identity?.secondSurname].filter(Boolean).join(' '),
    enlace_FirstSurname: identity?.firstSurname,
    enlace_SecondSurname: identity?.secondSurname,
    prs_Birthdate:
      identity?.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(identity.birthDate) ? identity.birthDate : '',
    enlace_Birthdate: identity?.birthDate,
    enlace_BirthYear: person.birthYear?.toString(),
    prs_Gender: person.gender && GENDER_TO_HTCDS[person.gender],
    enlace_Sex: person.sex,
    prs_Citizenship: person.nationality,
    enlace_IndigenousLanguage: person.indigenousLanguage,
    prs_IdentityNumber: identity?.curp,
    enlace_Documents: documents.length > 0 ? JSON.stringify(documents) : '',
    prs_MobilePhone: e164(contacts.find((contact) => contact.phone)?.phone),
    prs_Email: contacts.find((contact) => contact.email)?.email,
    prs_MailingStreet: contacts.find((contact) => contact.address)?.address,
    enlace_Contacts: contacts.length > 0 ? JSON.stringify(contacts) : '',
    enlace_Disability: person.hasDisability?.toString(),
    enlace_Disabilities: person.disabilities.join(' '),
    enlace_Needs: person.needs.join(' '),
    enlace_PublicOfficial: String(person.publicOfficial),
    enlace_OfficialAgencyCode: person.officialAgencyCode,
    ...recordColumns(records.exploitations, records.suspectRole),
  };
}

/** HTCDS asks for E.164: `+` and digits. A number typed without its country code keeps only digits. */
const e164 = (phone: string | undefined) =>
  phone === undefined ? undefined : `${phone.startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
