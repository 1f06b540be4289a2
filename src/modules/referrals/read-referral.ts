import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { referralViews } from './referral-store.ts';

/** One referral, with who did what and when; 404 unless row-level security shows it to the caller. */
export async function readReferral(db: Kysely<Schema>, caller: CaseCaller, referralId: string) {
  const [view] = await withActor(db, caller, (trx) => referralViews(trx, caller, { referralId }));
  if (!view) throw notFound();
  return view;
}
