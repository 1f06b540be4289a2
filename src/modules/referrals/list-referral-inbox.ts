import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { referralViews } from './referral-store.ts';

/**
 * The agency's referrals: those sent to it (its inbox; row-level security shows it nothing else) and
 * those it sent. Overdue first, then awaiting an answer, then newest.
 */
export async function listReferralInbox(db: Kysely<Schema>, caller: CaseCaller) {
  const items = await withActor(db, caller, (trx) =>
    referralViews(trx, caller, { agencyId: caller.agencyId }),
  );
  const weight = (item: (typeof items)[number]) => (item.overdue ? 0 : item.status === 'sent' ? 1 : 2);
  return { items: items.sort((a, b) => weight(a) - weight(b)) };
}
