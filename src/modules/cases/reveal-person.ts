import type { Kysely } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordIdentityRead } from '../../platform/audit/record-identity-read.ts';
import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { authorizeCase, personOfCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import { decryptContact, decryptIdentity } from './person-fields.ts';

/**
 * Shows who a person is (and, to roles allowed, where to find them) with the reason the caller gave;
 * audited as an identity read, counted for the per-hour alert. A value that fails to decrypt means the
 * stored record was altered: it is refused, never shown as someone else's data.
 */
export async function revealPerson(
  deps: { db: Kysely<Schema>; keyRing: KeyRing; identityReadsPerHour: number },
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  reason: string,
) {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, target.caseId, 'identity.read');
    const personId = await personOfCase(trx, target.caseId, target.personId);
    const identityRow = await trx
      .selectFrom('person_identities')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirst();
    const showContact = mayOnCase(caller.roles, relation, 'location.read');
    const contactRow = showContact
      ? await trx
          .selectFrom('person_contacts')
          .selectAll()
          .where('person_id', '=', personId)
          .executeTakeFirst()
      : undefined;
    const fields = [...(identityRow ? ['identity'] : []), ...(contactRow ? ['contact'] : [])];
    await recordIdentityRead(
      trx,
      caller,
      { recordType: 'person', recordId: personId, fields, reason },
      deps.identityReadsPerHour,
    );
    try {
      return {
        ...(identityRow ? { identity: decryptIdentity(deps.keyRing, identityRow) } : {}),
        ...(contactRow ? { contact: decryptContact(deps.keyRing, contactRow) } : {}),
      };
    } catch (error) {
      if (error instanceof CryptoProblem) throw new ProblemError(500, 'record_integrity_failed');
      throw error;
    }
  });
}
