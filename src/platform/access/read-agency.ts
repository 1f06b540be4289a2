import type { Kysely } from 'kysely';
import type { AgencyDetails } from '../../contracts/agencies.ts';
import type { Schema } from '../db/schema.ts';
import { type Actor, withActor } from '../db/with-actor.ts';
import { notFound } from '../http/problem.ts';
import { agencyDetails } from './agency-details.ts';

/** One institution with its status history, for the platform's administrators. */
export async function readAgency(db: Kysely<Schema>, actor: Actor, agencyId: string): Promise<AgencyDetails> {
  const details = await withActor(db, actor, (trx) => agencyDetails(trx, agencyId));
  if (!details) throw notFound();
  return details;
}
