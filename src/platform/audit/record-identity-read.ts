import type { Transaction } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { checkIdentityReadRate } from './alerts.ts';
import { recordAudit } from './record-audit.ts';

/**
 * Every reveal of who a survivor is, or where they are, goes through here: audited with the reason
 * given, and counted, so that an unusual number of reads in an hour alerts the reader's auditors.
 */
export async function recordIdentityRead(
  trx: Transaction<Schema>,
  reader: { userId: string; agencyId: string },
  read: { recordType: string; recordId: string; fields: readonly string[]; reason?: string },
  limitPerHour: number,
): Promise<void> {
  await recordAudit(trx, {
    action: 'identity.read',
    recordType: read.recordType,
    recordId: read.recordId,
    ...(read.reason ? { reason: read.reason } : {}),
    details: { fields: read.fields },
  });
  await checkIdentityReadRate(trx, reader, limitPerHour);
}
