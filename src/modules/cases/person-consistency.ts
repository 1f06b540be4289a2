import { type CurpSexLetter, readCurp } from '../catalog/curp.ts';
import type { BirthDate } from './birth-date.ts';
import type { Sex } from './schema.ts';

/**
 * Facts of one person that must agree with each other. Cross-checked, not guessed: a mismatch is a
 * typing error the officer should see at once, because record linkage later trusts the CURP's date
 * and sex as evidence.
 */
export type PersonFacts = {
  sex?: Sex | null | undefined;
  birthYear?: number | null | undefined;
  birthDate?: BirthDate | null | undefined;
  curp?: string | null | undefined;
};

export type PersonConflict = 'curp_birth_date' | 'curp_sex' | 'birth_year_mismatch';

/** The recorded sexes a CURP's letter contradicts. X (non-binary, since 2023) contradicts none. */
const CONTRADICTED_BY: Record<CurpSexLetter, readonly Sex[]> = { H: ['female'], M: ['male'], X: [] };

export function personConflicts(facts: PersonFacts): PersonConflict[] {
  const conflicts: PersonConflict[] = [];
  const { birthDate, birthYear, sex } = facts;
  if (birthDate && birthYear != null && birthDate.year !== birthYear) conflicts.push('birth_year_mismatch');
  const curp = facts.curp ? readCurp(facts.curp) : undefined;
  if (!curp) return conflicts;
  const known = birthDate ?? (birthYear == null ? null : { year: birthYear, month: null, day: null });
  if (
    known &&
    (known.year !== curp.birth.year ||
      (known.month !== null && known.month !== curp.birth.month) ||
      (known.day !== null && known.day !== curp.birth.day))
  )
    conflicts.push('curp_birth_date');
  if (sex && CONTRADICTED_BY[curp.sexLetter].includes(sex)) conflicts.push('curp_sex');
  return conflicts;
}
