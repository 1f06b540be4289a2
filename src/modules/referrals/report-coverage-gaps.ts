import { type Kysely, sql } from 'kysely';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { today } from '../case-records/dates.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ConsentFacts } from '../consent/statistics-use.ts';
import { coverageGaps } from './coverage-gaps.ts';
import { directoryServices } from './directory-services.ts';
import { SERVICE_TYPES, type ServiceType } from './vocabulary.ts';

/**
 * The country's unmet need for services, for statisticians (and the annual report): survivors come from
 * the database without ids or free text, the directory as it is today. Anyone else: not found.
 */
export async function reportCoverageGaps(
  db: Kysely<Schema>,
  caller: CaseCaller,
  policy: StatisticsConsentPolicy,
) {
  if (!caller.roles.includes('statistician')) throw notFound();
  return withActor(db, caller, async (trx) => {
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
    }>`SELECT * FROM enlace_survivor_service_profiles()`.execute(trx);
    const year = new Date().getUTCFullYear();
    const profiles = rows.rows.map((row) => ({
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
    }));
    return coverageGaps(profiles, await directoryServices(trx, SERVICE_TYPES), policy, today());
  });
}
