import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requireOwnProvider } from './directory-access.ts';
import type { providerPatch } from './directory-contract.ts';
import { oneProvider } from './directory-store.ts';

/** A provider changes its own entry's institutional contact (If-Match: the entry's version). */
export async function updateProvider(
  db: Kysely<Schema>,
  caller: CaseCaller,
  providerId: string,
  expected: number,
  patch: z.infer<typeof providerPatch>,
) {
  return withActor(db, caller, async (trx) => {
    await requireOwnProvider(trx, caller, providerId);
    const before = await trx
      .selectFrom('service_providers')
      .select(['version', 'contact'])
      .where('id', '=', providerId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    requireVersion(before.version, expected);
    const changed = await trx
      .updateTable('service_providers')
      .set({ contact: patch.contact ?? null, version: before.version + 1, updated_at: new Date() })
      .where('id', '=', providerId)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (changed.numUpdatedRows !== 1n) throw versionConflict(before.version + 1, expected);
    await recordAudit(trx, {
      action: 'directory.provider_update',
      recordType: 'service_provider',
      recordId: providerId,
      details: { fields: ['contact'] },
    });
    return oneProvider(trx, providerId);
  });
}
