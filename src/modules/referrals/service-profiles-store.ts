import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ConsentFacts } from '../consent/statistics-use.ts';
import type { ServiceProfile } from './coverage-gaps.ts';
import { SERVICE_TYPES, type ServiceType } from './vocabulary.ts';

/**
 * Every survivor with needs as matching reads them, without ids or free text, with the day their case
 * was opened; statisticians only (the database returns nothing to anyone else).
 */
export async function survivorServiceProfiles(
  trx: Transaction<Schema>,
  asOf = new Date(),
): Promise<(ServiceProfile & { openedOn: string })[]> {
  const rows = await sql<{
    state_code: StateCode | null;
    sex: string | null;
    gender: string | null;
    birth_year: number | null;
    has_disability: boolean;
    speaks_indigenous: boolean;
    forms: string[];
    needs: ServiceType[];
    served: string[];
    consents: ConsentFacts[];
    opened_on: string;
  }>`SELECT state_code, sex, gender, birth_year, has_disability, speaks_indigenous, forms, needs, served,
            consents, to_char(opened_on, 'YYYY-MM-DD') AS opened_on
     FROM enlace_survivor_service_profiles()`.execute(trx);
  const year = asOf.getUTCFullYear();
  return rows.rows.map((row) => ({
    state: row.state_code,
    sex: row.sex,
    gender: row.gender,
    age: row.birth_year === null ? null : year - row.birth_year,
    hasDisability: row.has_disability,
    speaksIndigenous: row.speaks_indigenous,
    forms: row.forms,
    needs: row.needs.filter((need) => (SERVICE_TYPES as readonly string[]).includes(need)),
    served: row.served,
    consents: row.consents,
    openedOn: row.opened_on,
  }));
}
