import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { PersonRows } from './person-rows.ts';

type Trx = Transaction<Schema>;

export async function insertPersonRows(trx: Trx, rows: PersonRows): Promise<void> {
  await trx.insertInto('people').values(rows.person).execute();
  if (rows.identity) await trx.insertInto('person_identities').values(rows.identity).execute();
  if (rows.documents.length > 0) await trx.insertInto('person_documents').values(rows.documents).execute();
  if (rows.contacts.length > 0) await trx.insertInto('person_contacts').values(rows.contacts).execute();
}

/** The person's clear columns, as row-level security lets the caller see them, or undefined. */
export const findPerson = (trx: Trx, caseId: string, personId: string) =>
  trx
    .selectFrom('people')
    .selectAll()
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();

export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export const findIdentity = (trx: Trx, personId: string) =>
  trx.selectFrom('person_identities').selectAll().where('person_id', '=', personId).executeTakeFirst();

export const findDocuments = (trx: Trx, personId: string) =>
  trx
    .selectFrom('person_documents')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('position')
    .execute();

export const findContacts = (trx: Trx, personId: string) =>
  trx
    .selectFrom('person_contacts')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('position')
    .execute();

/** The version another transaction committed, to name it in a 412. */
export const personVersion = async (trx: Trx, personId: string) =>
  (await trx.selectFrom('people').select('version').where('id', '=', personId).executeTakeFirstOrThrow())
    .version;
