import { randomUUID } from 'node:crypto';
import { blindIndex } from '../../platform/crypto/blind-index.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { normaliseIdentifier, normaliseName, normalisePhone } from '../../platform/crypto/normalise.ts';
import { DOCUMENT_ENCRYPTED_COLUMNS } from './document-fields.ts';
import type { ContactInput, IdentityInput } from './person-inputs.ts';
import type { PersonContactsTable, PersonIdentitiesTable } from './schema.ts';

const IDENTITY_FIELDS = ['given_names', 'first_surname', 'second_surname', 'birth_date', 'curp'] as const;
const CONTACT_FIELDS = ['phone', 'email', 'address'] as const;

/** Every column that holds ciphertext, with the column naming the row its tokens are bound to. */
export const ENCRYPTED_COLUMNS = [
  ...IDENTITY_FIELDS.map((column) => ({ table: 'person_identities', column, key: 'person_id' })),
  ...CONTACT_FIELDS.map((column) => ({ table: 'person_contacts', column, key: 'id' })),
  ...DOCUMENT_ENCRYPTED_COLUMNS,
] as const;

export const CURP_INDEX = {
  table: 'person_identities',
  column: 'curp_index',
  normalise: normaliseIdentifier,
};
/** All given names, first and second surname, as recorded. */
export const NAME_INDEX = { table: 'person_identities', column: 'name_index', normalise: normaliseName };
/** Given names and first surname only: "María López" for María López García. */
export const SHORT_NAME_INDEX = {
  table: 'person_identities',
  column: 'short_name_index',
  normalise: normaliseName,
};
const PHONE_INDEX = { table: 'person_contacts', column: 'phone_index', normalise: normalisePhone };

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

export function encryptIdentity(
  ring: KeyRing,
  personId: string,
  identity: IdentityInput,
): PersonIdentitiesTable {
  const seal = (column: string, value: string | undefined) =>
    encryptField(ring, { table: 'person_identities', column, rowId: personId }, value ?? null);
  const { givenNames, firstSurname, secondSurname } = identity;
  return {
    person_id: personId,
    given_names: seal('given_names', givenNames),
    first_surname: seal('first_surname', firstSurname),
    second_surname: seal('second_surname', secondSurname),
    birth_date: seal('birth_date', identity.birthDate),
    curp: seal('curp', identity.curp),
    curp_index: blindIndex(ring, CURP_INDEX, identity.curp ?? null),
    name_index: blindIndex(ring, NAME_INDEX, joined(givenNames, firstSurname, secondSurname)),
    short_name_index: blindIndex(ring, SHORT_NAME_INDEX, joined(givenNames, firstSurname)),
  };
}

/** Contact points in the order given; each row gets its own id, to which its tokens are bound. */
export function encryptContacts(
  ring: KeyRing,
  personId: string,
  contacts: readonly ContactInput[],
): PersonContactsTable[] {
  return contacts.map((contact, position) => {
    const id = randomUUID();
    const seal = (column: string, value: string | undefined) =>
      encryptField(ring, { table: 'person_contacts', column, rowId: id }, value ?? null);
    return {
      id,
      person_id: personId,
      position,
      phone: seal('phone', contact.phone),
      phone_index: blindIndex(ring, PHONE_INDEX, contact.phone ?? null),
      email: seal('email', contact.email),
      address: seal('address', contact.address),
    };
  });
}

const open = (ring: KeyRing, table: string, column: string, rowId: string, token: string | null) =>
  decryptField(ring, { table, column, rowId }, token) ?? undefined;

export function decryptIdentity(ring: KeyRing, row: PersonIdentitiesTable): IdentityView {
  const field = (column: (typeof IDENTITY_FIELDS)[number]) =>
    open(ring, 'person_identities', column, row.person_id, row[column]);
  return {
    givenNames: field('given_names'),
    firstSurname: field('first_surname'),
    secondSurname: field('second_surname'),
    birthDate: field('birth_date'),
    curp: field('curp'),
  };
}
export type IdentityView = { [Field in keyof IdentityInput]?: string | undefined };

export function decryptContact(ring: KeyRing, row: PersonContactsTable) {
  const field = (column: (typeof CONTACT_FIELDS)[number]) =>
    open(ring, 'person_contacts', column, row.id, row[column]);
  return { phone: field('phone'), email: field('email'), address: field('address') };
}
