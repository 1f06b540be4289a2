import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { StateCode } from '../catalog/states.ts';
import { directoryServices } from './directory-services.ts';
import { matchServices } from './match.ts';
import { survivorProfile } from './survivor-profile.ts';

/** Enough choice for a person to decide with the survivor; the rest is one filter away in the directory. */
const MATCHES_PER_NEED = 20;

/** The services that fit a survivor of the case, ranked and explained, with the needs left uncovered. */
export async function matchSurvivor(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  personId: string,
  where: { state?: StateCode | undefined; municipality?: string | undefined; withChildren: boolean },
) {
  return withActor(db, caller, async (trx) => {
    const { row } = await authorizeCase(trx, caller, caseId, 'needs.read');
    const profile = await survivorProfile(trx, caseId, personId, {
      state: where.state ?? (row.stateCode as StateCode | null),
      municipality: where.municipality ?? null,
      withChildren: where.withChildren,
    });
    return matchServices(profile, await directoryServices(trx, profile.needs), MATCHES_PER_NEED);
  });
}
