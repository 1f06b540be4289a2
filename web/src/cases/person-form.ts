import type { TFunction } from 'i18next';
import type { BirthDatePrecision } from '../../../src/modules/cases/birth-date.ts';
import type { NEEDS } from '../../../src/modules/cases/people-contract.ts';
import { birthDate, contactInput, curp, documentInput } from '../../../src/modules/cases/person-inputs.ts';
import type {
  Disability,
  DocumentKind,
  Gender,
  PERSON_ROLES,
  SEXES,
} from '../../../src/modules/cases/schema.ts';
import type { AddPersonRequest } from '../api/cases.ts';

export type DocumentFormValues = {
  kind: DocumentKind;
  issuingCountry: string;
  number: string;
  expiresOn: string;
};
export type ContactFormValues = { phone: string; email: string; address: string };

/** The form's values as typed; an empty string means "not recorded". */
export type PersonFormValues = {
  role: (typeof PERSON_ROLES)[number];
  sex: (typeof SEXES)[number] | '';
  gender: Gender | '';
  birthYear: string;
  nationality: string;
  indigenousLanguage: string;
  /** "" not asked. */
  hasDisability: '' | 'yes' | 'no';
  disabilities: Disability[];
  needs: (typeof NEEDS)[number][];
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  birthDatePrecision: BirthDatePrecision;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the precision says. */
  birthDate: string;
  curp: string;
  documents: DocumentFormValues[];
  contacts: ContactFormValues[];
};

export const EMPTY_DOCUMENT: DocumentFormValues = {
  kind: 'passport',
  issuingCountry: '',
  number: '',
  expiresOn: '',
};
export const EMPTY_CONTACT: ContactFormValues = { phone: '', email: '', address: '' };

export const EMPTY_PERSON: PersonFormValues = {
  role: 'survivor',
  sex: '',
  gender: '',
  birthYear: '',
  nationality: '',
  indigenousLanguage: '',
  hasDisability: '',
  disabilities: [],
  needs: [],
  givenNames: '',
  firstSurname: '',
  secondSurname: '',
  birthDatePrecision: 'day',
  birthDate: '',
  curp: '',
  documents: [],
  contacts: [EMPTY_CONTACT],
};

const optional = (value: string) => value.trim() || undefined;
const { shape: contactShape } = contactInput;
const { shape: documentShape } = documentInput;
/** The index of the list item a nested rule checks, from its path ("documents.2.number"). */
const itemAt = (path: string) => Number(path.split('.')[1]);

export function personValidation(t: TFunction) {
  return {
    birthYear: (value: string) =>
      !value || (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= new Date().getFullYear())
        ? null
        : t('cases.addPerson.birthYearInvalid'),
    nationality: (value: string) =>
      !value || /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('cases.addPerson.nationalityInvalid'),
    curp: (value: string) =>
      !value.trim() || curp.safeParse(value).success ? null : t('cases.addPerson.curpInvalid'),
    birthDate: (value: string) =>
      !value || birthDate.safeParse(value).success ? null : t('cases.addPerson.birthDateInvalid'),
    givenNames: (value: string, values: PersonFormValues) =>
      value.trim() ||
      ![values.firstSurname, values.secondSurname, values.birthDate, values.curp].some((v) => v.trim())
        ? null
        : t('cases.addPerson.givenNamesRequired'),
    documents: {
      number: (value: string) =>
        documentShape.number.safeParse(value).success ? null : t('cases.addPerson.documentNumberInvalid'),
      issuingCountry: (value: string, values: PersonFormValues, path: string) => {
        if (value.trim())
          return /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('cases.addPerson.nationalityInvalid');
        return values.documents[itemAt(path)]?.kind === 'other'
          ? null
          : t('cases.addPerson.issuingCountryRequired');
      },
    },
    contacts: {
      phone: (value: string) =>
        !value.trim() || contactShape.phone.safeParse(value).success
          ? null
          : t('cases.addPerson.phoneInvalid'),
      email: (value: string) =>
        !value.trim() || contactShape.email.safeParse(value.trim()).success
          ? null
          : t('cases.addPerson.emailInvalid'),
    },
  };
}

/** The identity when given names were typed: without them nothing else of it is recorded. */
export function identityFrom(values: PersonFormValues): AddPersonRequest['identity'] {
  const givenNames = optional(values.givenNames);
  if (!givenNames) return undefined;
  return {
    givenNames,
    firstSurname: optional(values.firstSurname),
    secondSurname: optional(values.secondSurname),
    birthDate: values.birthDate || undefined,
    curp: optional(values.curp)?.toUpperCase(),
  };
}

export const documentsFrom = (values: PersonFormValues): AddPersonRequest['documents'] =>
  values.documents.map((document) => ({
    kind: document.kind,
    issuingCountry: optional(document.issuingCountry)?.toUpperCase(),
    number: document.number.trim(),
    expiresOn: document.expiresOn || undefined,
  }));

/** Contact points with something typed in them; an empty one is not recorded. */
export const contactsFrom = (values: PersonFormValues): AddPersonRequest['contacts'] =>
  values.contacts
    .map((contact) => ({
      phone: optional(contact.phone),
      email: optional(contact.email),
      address: optional(contact.address),
    }))
    .filter((contact) => contact.phone ?? contact.email ?? contact.address);

export function personRequestFrom(values: PersonFormValues): AddPersonRequest {
  return {
    role: values.role,
    sex: values.sex || undefined,
    gender: values.gender || undefined,
    birthYear: values.birthYear ? Number(values.birthYear) : undefined,
    nationality: optional(values.nationality)?.toUpperCase(),
    indigenousLanguage: optional(values.indigenousLanguage),
    hasDisability: values.hasDisability === '' ? undefined : values.hasDisability === 'yes',
    disabilities: values.hasDisability === 'yes' ? values.disabilities : [],
    publicOfficial: false,
    needs: values.needs,
    identity: identityFrom(values),
    documents: documentsFrom(values),
    contacts: contactsFrom(values),
  };
}
