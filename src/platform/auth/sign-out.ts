import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { revokeSession } from './session-store.ts';
import { hashSessionToken, looksLikeSessionToken } from './session-token.ts';

/** Revokes the session server-side, so a copied cookie stops working too. */
export async function signOut(options: { db: Kysely<Schema>; token: string | undefined }): Promise<void> {
  if (!looksLikeSessionToken(options.token)) return;
  await revokeSession(options.db, hashSessionToken(options.token));
}
