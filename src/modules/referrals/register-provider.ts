import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requireDirectoryEditor } from './directory-access.ts';
import { oneProvider, providerOfAgency } from './directory-store.ts';
import { PROVIDER_AGENCY_TYPES } from './vocabulary.ts';

/**
 * Lists the caller's own agency in the directory. It starts unmonitored: no referral reaches it until
 * an oversight body records a visit or accreditation (or a supervisor overrides with a reason).
 */
export async function registerProvider(db: Kysely<Schema>, caller: CaseCaller, input: { contact?: string }) {
  requireDirectoryEditor(caller);
  return withActor(db, caller, async (trx) => {
    const agency = await trx
      .selectFrom('agencies')
      .select(['agency_type', 'code'])
      .where('id', '=', caller.agencyId)
      .executeTakeFirstOrThrow();
    if (!(PROVIDER_AGENCY_TYPES as readonly string[]).includes(agency.agency_type))
      throw new ProblemError(400, 'agency_not_provider', { agency: agency.code });
    if (await providerOfAgency(trx, caller.agencyId)) throw new ProblemError(409, 'provider_exists');
    const created = await trx
      .insertInto('service_providers')
      .values({ agency_id: caller.agencyId, contact: input.contact ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'directory.provider_register',
      recordType: 'service_provider',
      recordId: created.id,
    });
    return oneProvider(trx, created.id);
  });
}
