import { type Kysely, sql, type Transaction } from 'kysely';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { decryptContact, decryptIdentity } from '../../cases/person-fields.ts';
import type { LinkageRecord } from '../record.ts';
import { linkageRecordOf } from './record-fields.ts';

/** A survivor's record ready to link, with what the linkage rows keep about it. */
export type SurvivorRecord = { record: LinkageRecord; version: number; agencyId: string };

const CHUNK = 5_000;

type Reader = Kysely<Schema> | Transaction<Schema>;

/**
 * Survivor records with their identities decrypted, in memory only, for the linkage actor's
 * transaction. Suspects and witnesses are not linked: statistics count victims.
 */
export async function readSurvivorRecords(
  trx: Reader,
  ring: KeyRing,
  personIds: readonly string[],
): Promise<SurvivorRecord[]> {
  const records: SurvivorRecord[] = [];
  for (let start = 0; start < personIds.length; start += CHUNK) {
    records.push(...(await readChunk(trx, ring, personIds.slice(start, start + CHUNK))));
  }
  return records;
}

async function readChunk(trx: Reader, ring: KeyRing, ids: readonly string[]): Promise<SurvivorRecord[]> {
  if (ids.length === 0) return [];
  const people = await trx
    .selectFrom('people')
    .select(['id', 'version', 'recorded_by_agency_id', 'sex', 'birth_year', 'nationality'])
    .where('id', 'in', ids)
    .where('role', '=', 'survivor')
    .execute();
  const identities = new Map(
    (await trx.selectFrom('person_identities').selectAll().where('person_id', 'in', ids).execute()).map(
      (row) => [row.person_id, decryptIdentity(ring, row)],
    ),
  );
  const phones = new Map(
    (
      await trx
        .selectFrom('person_contacts')
        .selectAll()
        .where('person_id', 'in', ids)
        .where('position', '=', 0)
        .execute()
    ).map((row) => [row.person_id, decryptContact(ring, row).phone]),
  );
  return people.map((person) => {
    const identity = identities.get(person.id);
    return {
      version: person.version,
      agencyId: person.recorded_by_agency_id,
      record: linkageRecordOf({
        id: person.id,
        source: person.recorded_by_agency_id,
        givenNames: identity?.givenNames ?? '',
        surname1: identity?.firstSurname ?? '',
        surname2: identity?.secondSurname ?? '',
        sex: person.sex === 'female' || person.sex === 'male' ? person.sex : '',
        birthDate: identity?.birthDate ?? (person.birth_year === null ? '' : String(person.birth_year)),
        nationality: person.nationality ?? '',
        curp: identity?.curp ?? '',
        phone: phones.get(person.id) ?? '',
      }),
    };
  });
}

/** Survivors never linked, or changed since they were (their version moved on). */
export async function survivorsToLink(trx: Transaction<Schema>): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT p.id FROM people p LEFT JOIN linkage_records r ON r.person_id = p.id
    WHERE p.role = 'survivor' AND (r.person_id IS NULL OR r.linked_version <> p.version)
    UNION
    SELECT unnest(ARRAY[first_person_id, second_person_id]) FROM linkage_pairs WHERE NOT applied`.execute(
    trx,
  );
  return rows.rows.map((row) => row.id);
}

export async function survivorCount(trx: Transaction<Schema>): Promise<number> {
  const row = await trx
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('role', '=', 'survivor')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function allSurvivorIds(trx: Transaction<Schema>): Promise<string[]> {
  const rows = await trx.selectFrom('people').select('id').where('role', '=', 'survivor').execute();
  return rows.map((row) => row.id);
}
