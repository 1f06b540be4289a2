import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { StateCode } from '../catalog/states.ts';
import { loadDirectory } from './directory-store.ts';
import type { ServiceType } from './vocabulary.ts';

/** The directory holds no case data: every signed-in user may browse it. */
export async function listDirectory(
  db: Kysely<Schema>,
  caller: CaseCaller,
  filter: { state?: StateCode | undefined; serviceType?: ServiceType | undefined },
) {
  return { items: await withActor(db, caller, (trx) => loadDirectory(trx, filter)) };
}
