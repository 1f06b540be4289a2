import { z } from 'zod';
import { CURP_SHAPE, readCurp } from '../catalog/curp.ts';
import { isFutureBirthDate, parseBirthDate } from './birth-date.ts';
import type { PersonConflict, PersonFacts } from './person-consistency.ts';
import { DOCUMENT_KINDS } from './schema.ts';

/** Refinements name their message with `params.key` (problems:field.<key>), never the value. */
const because = (key: string) => ({ params: { key }, abort: true });

const onCalendar = ({ year, month, day }: { year: number; month: number; day: number }) =>
  parseBirthDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) !== undefined;

/** CURP: the RENAPO layout, a check digit that agrees and a birth date that exists. */
export const curp = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CURP_SHAPE, { abort: true })
  .refine((value) => readCurp(value)?.checkDigitValid === true, because('curp_check_digit'))
  .refine((value) => onCalendar(readCurp(value)!.birth), because('curp_birth_date_invalid'));

/** Full or partial: "1990", "1990-07" or "1990-07-14"; never after today. */
export const birthDate = z
  .string()
  .trim()
  .refine((value) => parseBirthDate(value) !== undefined, because('partial_date'))
  .refine((value) => !isFutureBirthDate(parseBirthDate(value)!, new Date()), because('date_in_future'));

export const birthYear = z
  .number()
  .int()
  .min(1900)
  .refine((year) => year <= new Date().getUTCFullYear(), because('date_in_future'));

const name = z.string().trim().min(1).max(200);

export const identityInput = z.strictObject({
  givenNames: name,
  firstSurname: name.optional(),
  secondSurname: name.optional(),
  birthDate: birthDate.optional(),
  curp: curp.optional(),
});
export type IdentityInput = z.infer<typeof identityInput>;

const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** A passport, consular ID or national ID names the country that issued it; "other" may not know it. */
export const documentInput = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS),
    issuingCountry: countryCode.optional(),
    number: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z][0-9A-Za-z -]{0,39}$/),
    expiresOn: z.iso.date().optional(),
  })
  .refine((document) => document.kind === 'other' || document.issuingCountry !== undefined, {
    path: ['issuingCountry'],
    params: { key: 'document_country_required' },
  });
export type DocumentInput = z.infer<typeof documentInput>;

/** One point of contact: a phone, an e-mail, an address, or several of them that belong together. */
export const contactInput = z
  .strictObject({
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/)
      .optional(),
    email: z.email().max(254).optional(),
    address: z.string().trim().min(1).max(500).optional(),
  })
  .refine((contact) => contact.phone ?? contact.email ?? contact.address, {
    params: { key: 'contact_empty' },
  });
export type ContactInput = z.infer<typeof contactInput>;

/** Where each conflict is reported: the field the caller can correct in that request. */
export type ConflictPaths<Conflict extends string = PersonConflict> = Readonly<
  Record<Conflict, readonly string[]>
>;

/** Conflicts as validation issues, so that they answer 400 naming the field like any other. */
export const conflictIssues = <Conflict extends string>(
  conflicts: readonly Conflict[],
  paths: ConflictPaths<Conflict>,
) =>
  conflicts.map((conflict) => ({
    code: 'custom' as const,
    path: [...paths[conflict]],
    params: { key: conflict },
    message: '',
  }));

/** The facts of a new person, which all arrive in one request. */
export const factsOfNewPerson = (person: {
  sex?: PersonFacts['sex'];
  birthYear?: number | undefined;
  identity?: IdentityInput | undefined;
}): PersonFacts => ({
  sex: person.sex,
  birthYear: person.birthYear,
  birthDate: person.identity?.birthDate === undefined ? undefined : parseBirthDate(person.identity.birthDate),
  curp: person.identity?.curp,
});
