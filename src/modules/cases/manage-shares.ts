import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';

/** Who else holds the case, for those who may share it: active, expired and revoked shares. */
export async function listShares(db: Kysely<Schema>, caller: CaseCaller, caseId: string) {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.share');
    const rows = await trx
      .selectFrom('case_shares as s')
      .innerJoin('agencies as a', 'a.id', 's.agency_id')
      .innerJoin('users as u', 'u.id', 's.shared_by')
      .select([
        's.id',
        'a.code',
        'a.name',
        's.reason',
        's.shared_by',
        'u.display_name',
        's.shared_at',
        's.expires_at',
        's.revoked_at',
      ])
      .where('s.case_id', '=', caseId)
      .orderBy('s.shared_at', 'desc')
      .execute();
    return {
      items: rows.map((row) => ({
        id: row.id,
        agency: { code: row.code, name: row.name },
        reason: row.reason,
        sharedBy: { id: row.shared_by, displayName: row.display_name },
        sharedAt: row.shared_at.toISOString(),
        expiresAt: row.expires_at?.toISOString() ?? null,
        revokedAt: row.revoked_at?.toISOString() ?? null,
      })),
    };
  });
}

/** Ends a share at once, audited; a share of another case, or already ended, is not found. */
export async function revokeShare(db: Kysely<Schema>, caller: CaseCaller, caseId: string, shareId: string) {
  await withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.share');
    const revoked = await trx
      .updateTable('case_shares')
      .set({ revoked_at: new Date(), revoked_by: caller.userId })
      .where('id', '=', shareId)
      .where('case_id', '=', caseId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (revoked.numUpdatedRows === 0n) throw notFound();
    await recordAudit(trx, {
      action: 'case.share_revoke',
      recordType: 'case',
      recordId: caseId,
      details: { shareId },
    });
  });
}
