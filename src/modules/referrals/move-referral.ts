import type { Kysely, Transaction } from 'kysely';
import type { NotificationKind } from '../../contracts/notifications.ts';
import type { ResponseHours } from '../../contracts/referral-deadlines.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import { notifyUsers } from '../../platform/notifications/notify.ts';
import { agencyMembers } from '../../platform/notifications/recipients.ts';
import { issue, refuseIssues } from '../case-records/field-issues.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { ANSWERS, mayMove, REASON_REQUIRED, type Side } from './lifecycle.ts';
import type { ReferralMove } from './referral-contract.ts';
import { recordReferralMoved } from './referral-history.ts';
import { recordEvent, referralForUpdate, referralViews } from './referral-store.ts';
import { PROVIDER_ANSWERERS, sendReferral } from './send-referral.ts';

type Row = NonNullable<Awaited<ReturnType<typeof referralForUpdate>>>;

/** The sides the caller acts for: the provider it was sent to, and whoever may change the case. */
async function sidesOf(trx: Transaction<Schema>, caller: CaseCaller, referral: Row): Promise<Side[]> {
  const sides: Side[] = [];
  const answers = caller.roles.some((role) => (PROVIDER_ANSWERERS as readonly string[]).includes(role));
  if (referral.provider_agency_id === caller.agencyId && answers && referral.status !== 'proposed')
    sides.push('provider');
  try {
    await authorizeCase(trx, caller, referral.case_id, 'case.update');
    sides.push('sender');
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
  }
  return sides;
}

/**
 * Moves a referral along its lifecycle (If-Match: its version). A referral the caller was never sent
 * and cannot change through its case answers 404; a move its side may not make, such as accepting twice,
 * answers 409; nothing changes on either.
 */
export async function moveReferral(
  db: Kysely<Schema>,
  caller: CaseCaller,
  referralId: string,
  expected: number,
  move: ReferralMove,
  responseHours: ResponseHours,
) {
  return withActor(db, caller, async (trx) => {
    const referral = await referralForUpdate(trx, referralId);
    if (!referral) throw notFound();
    const sides = await sidesOf(trx, caller, referral);
    if (sides.length === 0) throw notFound();
    requireVersion(referral.version, expected);
    if (!mayMove(referral.status, move.to, sides))
      throw new ProblemError(409, 'referral_transition', { from: referral.status, to: move.to });
    if (REASON_REQUIRED.includes(move.to) && !move.reason) refuseIssues([issue('reason', 'reason_required')]);
    if (move.to === 'sent') {
      await sendReferral(
        trx,
        caller,
        {
          id: referral.id,
          caseId: referral.case_id,
          personId: referral.person_id,
          serviceId: referral.service_id,
          urgency: referral.urgency,
          version: referral.version,
        },
        move,
        responseHours,
      );
    } else {
      const moved = await trx
        .updateTable('referrals')
        .set({ status: move.to, version: referral.version + 1, updated_at: new Date() })
        .where('id', '=', referralId)
        .where('version', '=', expected)
        .executeTakeFirst();
      if (moved.numUpdatedRows !== 1n) throw versionConflict(referral.version + 1, expected);
      await recordEvent(trx, referralId, move.to, move.reason ?? null);
      await recordReferralMoved(trx, {
        id: referralId,
        caseId: referral.case_id,
        version: referral.version + 1,
        from: referral.status,
        to: move.to,
        reason: move.reason,
      });
      await recordAudit(trx, {
        action: `referral.${move.to}`,
        recordType: 'referral',
        recordId: referralId,
        ...(move.reason ? { reason: move.reason } : {}),
        details: { from: referral.status },
      });
      await tellOtherSide(trx, caller, referral, move.to);
    }
    const [view] = await referralViews(trx, caller, { referralId });
    if (!view) throw notFound();
    return view;
  });
}

/** The sender hears the provider's answers; the provider hears of a withdrawal of what it was sent. */
async function tellOtherSide(trx: Transaction<Schema>, caller: CaseCaller, referral: Row, to: Row['status']) {
  const byProvider = caller.agencyId === referral.provider_agency_id;
  const provider = await trx
    .selectFrom('agencies')
    .select('code')
    .where('id', '=', referral.provider_agency_id)
    .executeTakeFirstOrThrow();
  const notice = (kind: NotificationKind, caseId: string | null) => ({
    kind,
    subject: { type: 'referral', id: referral.id },
    caseId,
    params: { provider: provider.code, status: to },
  });
  if (byProvider && ANSWERS.includes(to))
    await notifyUsers(trx, [referral.created_by], notice('referral_answered', referral.case_id));
  if (!byProvider && to === 'withdrawn' && referral.status !== 'proposed')
    await notifyUsers(
      trx,
      await agencyMembers(trx, referral.provider_agency_id, PROVIDER_ANSWERERS),
      notice('referral_withdrawn', null),
    );
}
