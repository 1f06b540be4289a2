import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { referralViews } from './referral-store.ts';

/** A case's referrals, newest first, for those who see its survivors' needs. */
export async function listCaseReferrals(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'needs.read');
    return { items: await referralViews(trx, caller, { caseId }) };
  });
}
