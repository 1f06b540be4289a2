import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { StateCode } from '../catalog/states.ts';
import type { SurvivorProfile } from './match.ts';
import { SERVICE_TYPES, type ServiceType } from './vocabulary.ts';

export type Whereabouts = { state: StateCode | null; municipality: string | null; withChildren: boolean };

/**
 * A survivor's profile for matching, from the needs field group only: the person's clear statistics
 * fields and the forms of exploitation suffered. 404 for anyone who is not a survivor of the case.
 */
export async function survivorProfile(
  trx: Transaction<Schema>,
  caseId: string,
  personId: string,
  where: Whereabouts,
  asOf = new Date(),
): Promise<SurvivorProfile> {
  const person = await trx
    .selectFrom('people')
    .select(['sex', 'gender', 'birth_year', 'nationality', 'indigenous_language', 'has_disability', 'needs'])
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .where('role', '=', 'survivor')
    .executeTakeFirst();
  if (!person) throw notFound();
  const exploitations = await trx
    .selectFrom('exploitations')
    .select('forms')
    .where('person_id', '=', personId)
    .where('case_id', '=', caseId)
    .execute();
  return {
    needs: person.needs.filter((need): need is ServiceType =>
      (SERVICE_TYPES as readonly string[]).includes(need),
    ),
    sex: person.sex,
    gender: person.gender,
    age: person.birth_year === null ? null : asOf.getUTCFullYear() - person.birth_year,
    nationality: person.nationality,
    indigenousLanguage: person.indigenous_language,
    hasDisability: person.has_disability === true,
    exploitationForms: [...new Set(exploitations.flatMap((row) => row.forms))],
    ...where,
  };
}

/** What a provider receives of the profile: nothing that locates the survivor, nothing that names them. */
export const sharedProfile = (profile: SurvivorProfile) => ({
  sex: profile.sex,
  gender: profile.gender,
  age: profile.age,
  nationality: profile.nationality,
  indigenousLanguage: profile.indigenousLanguage,
  hasDisability: profile.hasDisability,
  withChildren: profile.withChildren,
  exploitationForms: [...profile.exploitationForms],
});
