import { parseCurp } from '../normalise/curp.ts';
import { normaliseNationality } from '../normalise/nationality.ts';
import { parsePartialDate } from '../normalise/partial-date.ts';
import { normalisePhone } from '../normalise/phone.ts';
import { parseSex } from '../normalise/sex.ts';
import type { LinkageRecord } from '../record.ts';

/** A person record's fields as text, decrypted; absent fields are empty. */
export type RecordFields = {
  id: string;
  source: string;
  givenNames: string;
  surname1: string;
  surname2: string;
  sex: string;
  birthDate: string;
  nationality: string;
  curp: string;
  phone: string;
};

/**
 * Fields of a stored record as the engine reads them. Values were checked when they were recorded,
 * so one the engine cannot read (sex "intersex", an unusual phone) is left out rather than refused:
 * missing evidence weighs nothing either way.
 */
export function linkageRecordOf(fields: RecordFields): LinkageRecord {
  return {
    id: fields.id,
    source: fields.source,
    givenNames: fields.givenNames,
    surname1: fields.surname1,
    surname2: fields.surname2,
    sex: parseSex(fields.sex) ?? null,
    birthDate: parsePartialDate(fields.birthDate, 'iso') ?? null,
    nationality: normaliseNationality(fields.nationality),
    curp: parseCurp(fields.curp) ?? null,
    phone: normalisePhone(fields.phone) ?? null,
    extras: [],
  };
}
