import type { FieldGroup } from '../../platform/access/case-access.ts';
import type { FieldChange, HistorySpec } from '../history/field-changes.ts';

type PersonField =
  | 'role'
  | 'sex'
  | 'gender'
  | 'birthYear'
  | 'birthDatePrecision'
  | 'nationality'
  | 'indigenousLanguage'
  | 'hasDisability'
  | 'disabilities'
  | 'publicOfficial'
  | 'needs'
  | 'givenNames'
  | 'firstSurname'
  | 'secondSurname'
  | 'birthDate'
  | 'curp'
  | 'documents'
  | 'contacts';

/** What statistics count is kept with its values; what identifies or locates a person only by name. */
export const PERSON_HISTORY: HistorySpec<PersonField> = {
  role: 'shown',
  sex: 'shown',
  gender: 'shown',
  birthYear: 'shown',
  birthDatePrecision: 'shown',
  nationality: 'shown',
  indigenousLanguage: 'shown',
  hasDisability: 'shown',
  disabilities: 'shown',
  publicOfficial: 'shown',
  needs: 'shown',
  givenNames: 'protected',
  firstSurname: 'protected',
  secondSurname: 'protected',
  birthDate: 'protected',
  curp: 'protected',
  documents: 'protected',
  contacts: 'protected',
};

export type PersonHistoryValues = Partial<Record<PersonField, unknown>>;

const IDENTITY: readonly string[] = [
  'givenNames',
  'firstSurname',
  'secondSurname',
  'birthDate',
  'curp',
  'documents',
];

/**
 * Who may read a change to a person: one entry per version, so the narrowest part it touches decides.
 * A new person's entry names protected fields without values, as the people list already tells that
 * they exist, so it goes with the needs at most.
 */
export function personFieldGroup(
  changes: readonly FieldChange[],
  kind: 'created' | 'updated',
): FieldGroup | null {
  const touches = (fields: readonly string[]) => changes.some((change) => fields.includes(change.field));
  if (kind === 'updated' && touches(['contacts'])) return 'location';
  if (kind === 'updated' && touches(IDENTITY)) return 'identity';
  return touches(['needs']) ? 'needs' : null;
}
