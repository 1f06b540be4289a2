import type { Kysely } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { raiseAlert } from '../../platform/audit/alerts.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import type { CaseCaller } from './case-actor.ts';
import { findCase, insertBreakGlass } from './store.ts';

export const BREAK_GLASS_HOURS = 4;

/**
 * Emergency access for a supervisor to a case outside their reach: written reason, short expiry, an
 * audit entry the agency's auditors are alerted to. Never into a case walled off from the caller
 * (the database refuses that too).
 */
export async function breakGlass(db: Kysely<Schema>, caller: CaseCaller, caseId: string, reason: string) {
  if (!mayOnCase(caller.roles, 'none', 'break_glass')) throw notFound();
  const expiresAt = new Date(Date.now() + BREAK_GLASS_HOURS * 3_600_000);
  try {
    await withActor(db, caller, async (trx) => {
      await insertBreakGlass(trx, { caseId, userId: caller.userId, reason, expiresAt });
      // The grant makes the case visible inside this transaction: its owner's auditors are alerted.
      const row = await findCase(trx, caseId);
      if (!row) throw notFound();
      await raiseAlert(trx, {
        kind: 'break_glass',
        agencyId: row.owningAgencyId,
        subjectUserId: caller.userId,
        caseId,
      });
      await recordAudit(trx, {
        action: 'case.break_glass',
        recordType: 'case',
        recordId: caseId,
        reason,
        details: { expiresAt: expiresAt.toISOString(), alert: 'agency_auditors' },
      });
    });
  } catch (error) {
    // A missing case (foreign key) and a walled one (row-level security) look the same: not found.
    if (['23503', '42501'].includes((error as { code?: string }).code ?? '')) throw notFound();
    throw error;
  }
  return { caseId, expiresAt: expiresAt.toISOString() };
}
