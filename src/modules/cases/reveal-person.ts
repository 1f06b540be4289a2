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
import { decryptDocument } from './document-fields.ts';
import type { RevealedPerson } from './people-contract.ts';
import { decryptContact, decryptIdentity } from './person-fields.ts';
import { findContacts, findDocuments, findIdentity } from './person-store.ts';

/**
 * Shows who a person is, with their documents (and, to roles allowed, where to find them) with the
 * reason the caller gave;
 * audited as an identity read, counted for the per-hour alert. A value that fails to decrypt means the
 * stored record was altered: it is refused, never shown as someone else's data.
 */
export async function revealPerson(
  deps: { db: Kysely<Schema>; keyRing: KeyRing; identityReadsPerHour: number },
  caller: CaseCaller,
  target: { caseId: string; personId: string },
  reason: string,
): Promise<RevealedPerson> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, target.caseId, 'identity.read');
    const personId = await personOfCase(trx, target.caseId, target.personId);
    const identityRow = await findIdentity(trx, personId);
    const documentRows = await findDocuments(trx, personId);
    const showContacts = mayOnCase(caller.roles, relation, 'location.read');
    const contactRows = showContacts ? await findContacts(trx, personId) : [];
    const fields = [
      ...(identityRow ? ['identity'] : []),
      ...(documentRows.length > 0 ? ['documents'] : []),
      ...(contactRows.length > 0 ? ['contacts'] : []),
    ];
    await recordIdentityRead(
      trx,
      caller,
      { recordType: 'person', recordId: personId, fields, reason },
      deps.identityReadsPerHour,
    );
    try {
      return {
        ...(identityRow ? { identity: decryptIdentity(deps.keyRing, identityRow) } : {}),
        ...(documentRows.length > 0
          ? { documents: documentRows.map((row) => decryptDocument(deps.keyRing, row)) }
          : {}),
        ...(contactRows.length > 0
          ? { contacts: contactRows.map((row) => decryptContact(deps.keyRing, row)) }
          : {}),
      };
    } catch (error) {
      if (error instanceof CryptoProblem) throw new ProblemError(500, 'record_integrity_failed');
      throw error;
    }
  });
}
