import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { recordChange } from '../history/record-change.ts';
import type { ReferralStatus, Urgency } from './vocabulary.ts';

type Trx = Transaction<Schema>;

/**
 * Referrals are part of a survivor's needs: their history is read with that field group, so a shelter
 * the case is shared with sees it and nobody without the needs sees it. Only values that identify no
 * one are kept: the service, the provider's code, urgency and status; a reason is kept as the change's.
 */
const NEEDS = 'needs' as const;

export async function recordReferralCreated(
  trx: Trx,
  referral: { id: string; caseId: string; serviceId: string; providerCode: string; urgency: Urgency },
): Promise<void> {
  await recordChange(trx, {
    caseId: referral.caseId,
    recordType: 'referral',
    recordId: referral.id,
    version: 1,
    kind: 'created',
    fieldGroup: NEEDS,
    changes: [
      { field: 'serviceId', from: null, to: referral.serviceId },
      { field: 'provider', from: null, to: referral.providerCode },
      { field: 'urgency', from: null, to: referral.urgency },
      { field: 'status', from: null, to: 'proposed' },
    ],
  });
}

export async function recordReferralMoved(
  trx: Trx,
  move: {
    id: string;
    caseId: string;
    version: number;
    from: ReferralStatus;
    to: ReferralStatus;
    reason?: string | null | undefined;
  },
): Promise<void> {
  await recordChange(trx, {
    caseId: move.caseId,
    recordType: 'referral',
    recordId: move.id,
    version: move.version,
    kind: 'updated',
    fieldGroup: NEEDS,
    changes: [{ field: 'status', from: move.from, to: move.to }],
    reason: move.reason ?? undefined,
  });
}
