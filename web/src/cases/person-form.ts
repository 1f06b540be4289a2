import type { TFunction } from 'i18next';
import type { NEEDS } from '../../../src/modules/cases/people-contract.ts';
import { addPersonRequest } from '../../../src/modules/cases/people-contract.ts';
import type { PERSON_ROLES, SEXES } from '../../../src/modules/cases/schema.ts';
import type { AddPersonRequest } from '../api/cases.ts';

/** The form's values as typed; an empty string means "not recorded". */
export type PersonFormValues = {
  role: (typeof PERSON_ROLES)[number];
  sex: (typeof SEXES)[number] | '';
  birthYear: string;
  nationality: string;
  needs: (typeof NEEDS)[number][];
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  birthDate: string;
  curp: string;
  phone: string;
  address: string;
};

export const EMPTY_PERSON: PersonFormValues = {
  role: 'survivor',
  sex: '',
  birthYear: '',
  nationality: '',
  needs: [],
  givenNames: '',
  firstSurname: '',
  secondSurname: '',
  birthDate: '',
  curp: '',
  phone: '',
  address: '',
};

const optional = (value: string) => value.trim() || undefined;
const { identity, contact } = addPersonRequest.shape;
const curpShape = identity.unwrap().shape.curp;
const phoneShape = contact.unwrap().shape.phone;

export function personValidation(t: TFunction) {
  return {
    birthYear: (value: string) =>
      !value || (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= new Date().getFullYear())
        ? null
        : t('cases.addPerson.birthYearInvalid'),
    nationality: (value: string) =>
      !value || /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('cases.addPerson.nationalityInvalid'),
    curp: (value: string) =>
      !value.trim() || curpShape.safeParse(value).success ? null : t('cases.addPerson.curpInvalid'),
    phone: (value: string) =>
      !value.trim() || phoneShape.safeParse(value).success ? null : t('cases.addPerson.phoneInvalid'),
    givenNames: (value: string, values: PersonFormValues) =>
      value.trim() ||
      ![values.firstSurname, values.secondSurname, values.birthDate, values.curp].some((v) => v.trim())
        ? null
        : t('cases.addPerson.givenNamesRequired'),
  };
}

/** Identity and contact go only when something was typed in them: an empty one is not recorded. */
export function personRequestFrom(values: PersonFormValues): AddPersonRequest {
  const givenNames = optional(values.givenNames);
  const phone = optional(values.phone);
  const address = optional(values.address);
  return {
    role: values.role,
    sex: values.sex || undefined,
    birthYear: values.birthYear ? Number(values.birthYear) : undefined,
    nationality: optional(values.nationality)?.toUpperCase(),
    publicOfficial: false,
    needs: values.needs,
    identity: givenNames
      ? {
          givenNames,
          firstSurname: optional(values.firstSurname),
          secondSurname: optional(values.secondSurname),
          birthDate: values.birthDate || undefined,
          curp: optional(values.curp)?.toUpperCase(),
        }
      : undefined,
    contact: phone || address ? { phone, address } : undefined,
  };
}
