import type { Kysely } from 'kysely';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { today } from '../case-records/dates.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { coverageGaps } from './coverage-gaps.ts';
import { directoryServices } from './directory-services.ts';
import { survivorServiceProfiles } from './service-profiles-store.ts';
import { SERVICE_TYPES } from './vocabulary.ts';

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
  return withActor(db, caller, async (trx) =>
    coverageGaps(
      await survivorServiceProfiles(trx),
      await directoryServices(trx, SERVICE_TYPES),
      policy,
      today(),
    ),
  );
}
