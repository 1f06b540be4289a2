import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import type { Schema } from '../db/schema.ts';
import { SYSTEM_ACTOR, withActor } from '../db/with-actor.ts';
import { revokeSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';

/** Revokes the session server-side, so a copied cookie stops working too; audited. */
export async function signOut(options: {
  db: Kysely<Schema>;
  token: string | undefined;
  requestId?: string;
}): Promise<void> {
  if (!looksLikeSessionToken(options.token)) return;
  const token = options.token;
  await withActor(options.db, { ...SYSTEM_ACTOR, requestId: options.requestId }, async (trx) => {
    const userId = await revokeSession(trx, hashSessionToken(token));
    if (userId) await recordAudit(trx, { action: 'session.sign_out', recordType: 'user', recordId: userId });
  });
}
