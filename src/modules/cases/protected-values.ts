import type { Transaction } from 'kysely';
import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { decryptDocument } from './document-fields.ts';
import { decryptContact, decryptIdentity } from './person-fields.ts';
import type { PersonHistoryValues } from './person-history.ts';
import { findContacts, findDocuments, findIdentity } from './person-store.ts';
import type { UpdateIdentityRequest } from './person-update-contract.ts';

type Document = { kind: string; issuingCountry?: string | null; number: string; expiresOn?: string | null };
type Contact = { phone?: string | undefined; email?: string | undefined; address?: string | undefined };

/**
 * Lists compared as one canonical text each, so that history can tell whether they changed. Only
 * compared, never stored: these fields are protected in history.
 */
const documentsText = (documents: readonly Document[]) =>
  documents.length === 0
    ? null
    : JSON.stringify(documents.map((d) => [d.kind, d.issuingCountry ?? null, d.number, d.expiresOn ?? null]));
const contactsText = (contacts: readonly Contact[]) =>
  contacts.length === 0
    ? null
    : JSON.stringify(contacts.map((c) => [c.phone ?? null, c.email ?? null, c.address ?? null]));

/** The protected values a request sets; the parts it leaves out are absent, hence unchanged. */
export function protectedValues(input: UpdateIdentityRequest): PersonHistoryValues {
  const identity = input.identity;
  return {
    ...(identity && {
      givenNames: identity.givenNames,
      firstSurname: identity.firstSurname ?? null,
      secondSurname: identity.secondSurname ?? null,
      birthDate: identity.birthDate ?? null,
      curp: identity.curp ?? null,
    }),
    ...(input.documents && { documents: documentsText(input.documents) }),
    ...(input.contacts && { contacts: contactsText(input.contacts) }),
  };
}

/**
 * The stored values of the parts a request replaces, decrypted inside the server only to compare them
 * with it. A value that fails its integrity check stops the change, as it stops a reveal.
 */
export async function storedProtectedValues(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  personId: string,
  input: UpdateIdentityRequest,
): Promise<PersonHistoryValues> {
  const identity = input.identity ? await findIdentity(trx, personId) : undefined;
  const documents = input.documents ? await findDocuments(trx, personId) : [];
  const contacts = input.contacts ? await findContacts(trx, personId) : [];
  try {
    const shown = identity ? decryptIdentity(keyRing, identity) : {};
    return {
      givenNames: shown.givenNames ?? null,
      firstSurname: shown.firstSurname ?? null,
      secondSurname: shown.secondSurname ?? null,
      birthDate: shown.birthDate ?? null,
      curp: shown.curp ?? null,
      documents: documentsText(documents.map((row) => decryptDocument(keyRing, row))),
      contacts: contactsText(contacts.map((row) => decryptContact(keyRing, row))),
    };
  } catch (error) {
    if (error instanceof CryptoProblem) throw new ProblemError(500, 'record_integrity_failed');
    throw error;
  }
}
