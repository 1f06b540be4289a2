import { type ExpressionBuilder, sql } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';

/** The columns of a person anyone who may read the case sees: no identity, only whether one exists. */
export const personSummaryColumns = (eb: ExpressionBuilder<Schema, 'people'>) => [
  eb.ref('people.id').as('id'),
  eb.ref('people.role').as('role'),
  eb.ref('people.sex').as('sex'),
  eb.ref('people.gender').as('gender'),
  eb.ref('people.birth_year').as('birthYear'),
  eb.ref('people.birth_date_precision').as('birthDatePrecision'),
  eb.ref('people.nationality').as('nationality'),
  eb.ref('people.indigenous_language').as('indigenousLanguage'),
  eb.ref('people.has_disability').as('hasDisability'),
  eb.ref('people.disabilities').as('disabilities'),
  eb.ref('people.public_official').as('publicOfficial'),
  eb.ref('people.needs').as('needs'),
  eb.ref('people.version').as('version'),
  sql<boolean>`EXISTS (SELECT 1 FROM person_identities i WHERE i.person_id = people.id)`.as('hasIdentity'),
  sql<boolean>`EXISTS (SELECT 1 FROM person_documents d WHERE d.person_id = people.id)`.as('hasDocuments'),
  sql<boolean>`EXISTS (SELECT 1 FROM person_contacts c WHERE c.person_id = people.id)`.as('hasContact'),
];

/** Needs leave the summary for callers who may not see them. */
export const withNeedsFor = <Person extends { needs: string[] }>(showNeeds: boolean, person: Person) => {
  const { needs, ...rest } = person;
  return showNeeds ? { ...rest, needs } : rest;
};
