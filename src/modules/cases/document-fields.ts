import { randomUUID } from 'node:crypto';
import { blindIndex } from '../../platform/crypto/blind-index.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { normaliseIdentifier } from '../../platform/crypto/normalise.ts';
import type { DocumentInput } from './person-inputs.ts';
import type { PersonDocumentsTable } from './schema.ts';

const TABLE = 'person_documents';

export const DOCUMENT_ENCRYPTED_COLUMNS = [
  { table: TABLE, column: 'number', key: 'id' },
  { table: TABLE, column: 'expires_on', key: 'id' },
] as const;

/** Passport, consular and other document numbers: one index for every kind, searched with the kind. */
export const DOCUMENT_NUMBER_INDEX = { table: TABLE, column: 'number_index', normalise: normaliseIdentifier };

/** Documents in the order given; number and expiry are bound to the document's own id. */
export function encryptDocuments(
  ring: KeyRing,
  personId: string,
  documents: readonly DocumentInput[],
): PersonDocumentsTable[] {
  return documents.map((document, position) => {
    const id = randomUUID();
    const context = (column: string) => ({ table: TABLE, column, rowId: id });
    return {
      id,
      person_id: personId,
      position,
      kind: document.kind,
      issuing_country: document.issuingCountry ?? null,
      number: encryptField(ring, context('number'), document.number),
      // The input refuses a number with nothing but spaces and hyphens, so the index always exists.
      number_index: blindIndex(ring, DOCUMENT_NUMBER_INDEX, document.number)!,
      expires_on: encryptField(ring, context('expires_on'), document.expiresOn ?? null),
    };
  });
}

export function decryptDocument(ring: KeyRing, row: PersonDocumentsTable) {
  const context = (column: string) => ({ table: TABLE, column, rowId: row.id });
  return {
    kind: row.kind,
    issuingCountry: row.issuing_country,
    number: decryptField(ring, context('number'), row.number),
    expiresOn: decryptField(ring, context('expires_on'), row.expires_on),
  };
}
