import { parseBirthDate } from './birth-date.ts';
import type { AddPersonRequest } from './people-contract.ts';
import type { PeopleTable } from './schema.ts';

/**
 * The clear columns statistics count. The birth year and the precision follow the identity's date of
 * birth when there is one (the contract has already refused a year that disagrees with it), so the
 * month and day stay encrypted while the year is countable.
 */
export function profileColumns(input: AddPersonRequest) {
  const birthDate = input.identity?.birthDate ? parseBirthDate(input.identity.birthDate) : undefined;
  const birthYear = birthDate?.year ?? input.birthYear ?? null;
  return {
    sex: input.sex ?? null,
    gender: input.gender ?? null,
    birth_year: birthYear,
    birth_date_precision: birthDate?.precision ?? (birthYear === null ? null : 'year'),
    nationality: input.nationality ?? null,
    indigenous_language: input.indigenousLanguage ?? null,
    has_disability: input.hasDisability ?? (input.disabilities.length > 0 ? true : null),
    disabilities: input.disabilities,
  } satisfies Partial<Record<keyof PeopleTable, unknown>>;
}
