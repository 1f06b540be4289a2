import { sql, type Transaction } from 'kysely';
import type { Schema } from '../db/schema.ts';

export const DEFAULT_IDENTITY_READS_PER_HOUR = 50;

/** An alert for the auditors of `agencyId` (and the platform operator's) about the acting user. */
export async function raiseAlert(
  trx: Transaction<Schema>,
  alert: {
    kind: 'break_glass' | 'identity_read_rate' | 'mfa_reset';
    agencyId: string;
    subjectUserId: string;
    caseId?: string;
    details?: object;
  },
): Promise<void> {
  await trx
    .insertInto('security_alerts')
    .values({
      kind: alert.kind,
      agency_id: alert.agencyId,
      subject_user_id: alert.subjectUserId,
      case_id: alert.caseId ?? null,
      details: JSON.stringify(alert.details ?? {}),
    })
    .execute();
}

/**
 * After an identity read is audited: past `limit` reads in the last hour, the reader's own agency is
 * alerted, once an hour, however many more reads follow.
 */
export async function checkIdentityReadRate(
  trx: Transaction<Schema>,
  reader: { userId: string; agencyId: string },
  limit: number,
): Promise<boolean> {
  const { reads, alerted } = await trx
    .selectNoFrom([
      sql<number>`enlace_actor_identity_reads_last_hour()`.as('reads'),
      sql<boolean>`enlace_actor_recently_alerted('identity_read_rate')`.as('alerted'),
    ])
    .executeTakeFirstOrThrow();
  if (reads <= limit || alerted) return false;
  await raiseAlert(trx, {
    kind: 'identity_read_rate',
    agencyId: reader.agencyId,
    subjectUserId: reader.userId,
    details: { readsLastHour: reads, limit },
  });
  return true;
}
