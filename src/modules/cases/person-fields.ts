import { blindIndex } from '../../platform/crypto/blind-index.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { normaliseIdentifier, normaliseName, normalisePhone } from '../../platform/crypto/normalise.ts';
import type { AddPersonRequest } from './people-contract.ts';
import type { PersonContactsTable, PersonIdentitiesTable } from './schema.ts';

const IDENTITY_FIELDS = ['given_names', 'first_surname', 'second_surname', 'birth_date', 'curp'] as const;
const CONTACT_FIELDS = ['phone', 'address'] as const;

/** Every column that holds ciphertext, for key rotation. */
export const ENCRYPTED_COLUMNS = [
  ...IDENTITY_FIELDS.map((column) => ({ table: 'person_identities', column, key: 'person_id' })),
  ...CONTACT_FIELDS.map((column) => ({ table: 'person_contacts', column, key: 'person_id' })),
] as const;

export const CURP_INDEX = {
  table: 'person_identities',
  column: 'curp_index',
  normalise: normaliseIdentifier,
};
const NAME_INDEX = { table: 'person_identities', column: 'name_index', normalise: normaliseName };
const PHONE_INDEX = { table: 'person_contacts', column: 'phone_index', normalise: normalisePhone };

type Identity = NonNullable<AddPersonRequest['identity']>;
type Contact = NonNullable<AddPersonRequest['contact']>;

export function encryptIdentity(ring: KeyRing, personId: string, identity: Identity): PersonIdentitiesTable {
  const seal = (column: string, value: string | undefined) =>
    encryptField(ring, { table: 'person_identities', column, rowId: personId }, value ?? null);
  const fullName = [identity.givenNames, identity.firstSurname, identity.secondSurname]
    .filter(Boolean)
    .join(' ');
  return {
    person_id: personId,
    given_names: seal('given_names', identity.givenNames),
    first_surname: seal('first_surname', identity.firstSurname),
    second_surname: seal('second_surname', identity.secondSurname),
    birth_date: seal('birth_date', identity.birthDate),
    curp: seal('curp', identity.curp),
    curp_index: blindIndex(ring, CURP_INDEX, identity.curp ?? null),
    name_index: blindIndex(ring, NAME_INDEX, fullName),
  };
}

export function encryptContact(ring: KeyRing, personId: string, contact: Contact): PersonContactsTable {
  const seal = (column: string, value: string | undefined) =>
    encryptField(ring, { table: 'person_contacts', column, rowId: personId }, value ?? null);
  return {
    person_id: personId,
    phone: seal('phone', contact.phone),
    phone_index: blindIndex(ring, PHONE_INDEX, contact.phone ?? null),
    address: seal('address', contact.address),
  };
}

const open = (ring: KeyRing, table: string, column: string, personId: string, token: string | null) =>
  decryptField(ring, { table, column, rowId: personId }, token) ?? undefined;

export function decryptIdentity(ring: KeyRing, row: PersonIdentitiesTable) {
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

export function decryptContact(ring: KeyRing, row: PersonContactsTable) {
  return {
    phone: open(ring, 'person_contacts', 'phone', row.person_id, row.phone),
    address: open(ring, 'person_contacts', 'address', row.person_id, row.address),
  };
}
