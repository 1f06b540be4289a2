import type {
  PersonSummary,
  RevealedPerson,
  UpdateIdentityRequest,
  UpdatePersonRequest,
} from '../api/cases.ts';
import {
  contactsFrom,
  documentsFrom,
  EMPTY_CONTACT,
  EMPTY_PERSON,
  identityFrom,
  type PersonFormValues,
} from './person-form.ts';

/** A date recorded to the month or day sits in the identity, and the year in clear follows it. */
export const birthYearFollowsDate = (person: PersonSummary) =>
  person.birthDatePrecision === 'month' || person.birthDatePrecision === 'day';

export function profileValuesFrom(person: PersonSummary): PersonFormValues {
  return {
    ...EMPTY_PERSON,
    role: person.role,
    sex: person.sex ?? '',
    gender: person.gender ?? '',
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    nationality: person.nationality ?? '',
    indigenousLanguage: person.indigenousLanguage ?? '',
    hasDisability: person.hasDisability === null ? '' : person.hasDisability ? 'yes' : 'no',
    disabilities: person.disabilities,
    needs: (person.needs ?? []) as PersonFormValues['needs'],
  };
}

/** Every field the dialog shows, cleared ones as null: the server keeps in history only what changed. */
export function profilePatchFrom(
  values: PersonFormValues,
  person: PersonSummary,
  reason: string,
): UpdatePersonRequest {
  const trimmed = (value: string) => value.trim() || null;
  return {
    sex: values.sex || null,
    gender: values.gender || null,
    ...(!birthYearFollowsDate(person) && { birthYear: values.birthYear ? Number(values.birthYear) : null }),
    nationality: trimmed(values.nationality)?.toUpperCase() ?? null,
    indigenousLanguage: trimmed(values.indigenousLanguage),
    hasDisability: values.hasDisability === '' ? null : values.hasDisability === 'yes',
    ...(values.hasDisability === 'yes' && { disabilities: values.disabilities }),
    ...(person.needs !== undefined && { needs: values.needs }),
    ...(reason.trim() && { reason: reason.trim() }),
  };
}

/** The form filled with what the reveal showed, so that a correction starts from the record. */
export function identityValuesFrom(revealed: RevealedPerson): PersonFormValues {
  const birthDate = revealed.identity?.birthDate ?? '';
  return {
    ...EMPTY_PERSON,
    givenNames: revealed.identity?.givenNames ?? '',
    firstSurname: revealed.identity?.firstSurname ?? '',
    secondSurname: revealed.identity?.secondSurname ?? '',
    birthDatePrecision: birthDate.length === 4 ? 'year' : birthDate.length === 7 ? 'month' : 'day',
    birthDate,
    curp: revealed.identity?.curp ?? '',
    documents: (revealed.documents ?? []).map((document) => ({
      kind: document.kind,
      issuingCountry: document.issuingCountry ?? '',
      number: document.number,
      expiresOn: document.expiresOn ?? '',
    })),
    contacts: (revealed.contacts ?? []).map((contact) => ({ ...EMPTY_CONTACT, ...contact })),
  };
}

/** Identity (when given names remain), documents and contact points, each replacing the stored one. */
export function identityPatchFrom(values: PersonFormValues, reason: string): UpdateIdentityRequest {
  const identity = identityFrom(values);
  return {
    ...(identity && { identity }),
    documents: documentsFrom(values),
    contacts: contactsFrom(values),
    ...(reason.trim() && { reason: reason.trim() }),
  };
}
