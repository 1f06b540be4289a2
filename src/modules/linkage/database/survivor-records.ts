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

type SurvivorRow = {
  id: string;
  version: number;
  recorded_by_agency_id: string;
  sex: string | null;
  birth_year: number | null;
  nationality: string | null;
  given_names: string | null;
  first_surname: string | null;
  second_surname: string | null;
  birth_date: string | null;
  curp: string | null;
  contact_id: string | null;
  phone: string | null;
};

async function readChunk(
  trx: Reader,
  ring: KeyRing,
  ids: readonly string[] | null,
): Promise<SurvivorRecord[]> {
  const rows = await sql<SurvivorRow>`SELECT * FROM enlace_linkage_survivors(${ids}::uuid[])`.execute(trx);
  return rows.rows.map(survivorOf(ring));
}

const survivorOf =
  (ring: KeyRing) =>
  (row: SurvivorRow): SurvivorRecord => {
    const identity = decryptIdentity(ring, {
      person_id: row.id,
      given_names: row.given_names,
      first_surname: row.first_surname,
      second_surname: row.second_surname,
      birth_date: row.birth_date,
      curp: row.curp,
      curp_index: null,
      name_index: null,
      short_name_index: null,
    });
    const phone =
      row.contact_id === null
        ? undefined
        : decryptContact(ring, {
            id: row.contact_id,
            person_id: row.id,
            position: 0,
            phone: row.phone,
            phone_index: null,
            email: null,
            address: null,
          }).phone;
    return {
      version: row.version,
      agencyId: row.recorded_by_agency_id,
      record: linkageRecordOf({
        id: row.id,
        source: row.recorded_by_agency_id,
        givenNames: identity.givenNames ?? '',
        surname1: identity.firstSurname ?? '',
        surname2: identity.secondSurname ?? '',
        sex: row.sex === 'female' || row.sex === 'male' ? row.sex : '',
        birthDate: identity.birthDate ?? (row.birth_year === null ? '' : String(row.birth_year)),
        nationality: row.nationality ?? '',
        curp: identity.curp ?? '',
        phone: phone ?? '',
      }),
    };
  };

/** Every survivor record, decrypted: what training on the population reads. */
export async function readAllSurvivors(trx: Reader, ring: KeyRing): Promise<SurvivorRecord[]> {
  return readChunk(trx, ring, null);
}

/**
 * Survivors never linked, or changed since they were (their version moved on), and those of new
 * decisions and of detachments made or undone since the last run.
 */
export async function survivorsToLink(trx: Transaction<Schema>): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT id FROM enlace_linkage_unlinked() AS id
    UNION
    SELECT unnest(ARRAY[first_person_id, second_person_id]) FROM linkage_pairs WHERE NOT applied
    UNION
    SELECT person_id FROM linkage_detachments WHERE NOT applied`.execute(trx);
  return rows.rows.map((row) => row.id);
}

export async function survivorCount(trx: Transaction<Schema>): Promise<number> {
  const row = await sql<{ count: string }>`SELECT enlace_linkage_population() AS count`.execute(trx);
  return Number(row.rows[0]!.count);
}
