import { parseCurp } from './normalise/curp.ts';
import { parsePartialDate } from './normalise/partial-date.ts';
import { normalisePhone } from './normalise/phone.ts';
import type { Sex } from './normalise/sex.ts';
import type { LinkageRecord } from './record.ts';

/** Builds checked records for tests from plain strings, the way the CSV reader would. */
export function testRecord(
  id: string,
  fields: {
    given?: string;
    surname1?: string;
    surname2?: string;
    sex?: Sex;
    birth?: string;
    curp?: string;
    phone?: string;
    nationality?: string;
    source?: string;
  },
): LinkageRecord {
  return {
    id,
    source: fields.source ?? 'test',
    givenNames: fields.given ?? '',
    surname1: fields.surname1 ?? '',
    surname2: fields.surname2 ?? '',
    sex: fields.sex ?? null,
    birthDate: fields.birth ? parsePartialDate(fields.birth, 'iso')! : null,
    nationality: fields.nationality ?? null,
    curp: fields.curp ? parseCurp(fields.curp)! : null,
    phone: fields.phone ? normalisePhone(fields.phone)! : null,
    extras: [],
  };
}
