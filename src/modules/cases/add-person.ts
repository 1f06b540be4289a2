import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { AddPersonRequest } from './people-contract.ts';
import { personRows } from './person-rows.ts';
import { insertPersonRows } from './person-store.ts';
import { recordPersonCreation } from './record-person-creation.ts';
import { insertWall } from './store.ts';

/**
 * Records a person in a case, identity, documents and contacts encrypted before they leave the process,
 * with the first entry of the person's history. A suspect who is a public official walls the case off
 * from their institution in the same transaction, even a suspended one (suspension may be for complicity).
 */
export async function addPerson(
  db: Kysely<Schema>,
  keyRing: KeyRing,
  caller: CaseCaller,
  caseId: string,
  input: AddPersonRequest,
): Promise<{ id: string }> {
  const personId = randomUUID();
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.update');
    const officialAgency = input.officialAgencyCode
      ? await trx
          .selectFrom('agencies')
          .select('id')
          .where('code', '=', input.officialAgencyCode)
          .executeTakeFirst()
      : undefined;
    if (input.officialAgencyCode && !officialAgency) {
      throw new ProblemError(400, 'unknown_agency');
    }
    const rows = personRows(
      keyRing,
      { personId, caseId, agencyId: caller.agencyId, officialAgencyId: officialAgency?.id ?? null },
      input,
    );
    await insertPersonRows(trx, rows);
    await recordPersonCreation(trx, caseId, rows.person, input);
    if (officialAgency && input.role === 'suspect') {
      await insertWall(trx, { caseId, agencyId: officialAgency.id, cause: 'official_suspect' });
    }
    await recordAudit(trx, {
      action: 'person.add',
      recordType: 'person',
      recordId: personId,
      details: {
        caseId,
        role: input.role,
        identity: !!input.identity,
        documents: input.documents.length,
        contacts: input.contacts.length,
        walled: !!officialAgency,
      },
    });
    return { id: personId };
  });
}
