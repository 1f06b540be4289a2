import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { findAgencyByCode } from '../../platform/auth/user-store.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { AddPersonRequest } from './people-contract.ts';
import { encryptContact, encryptIdentity } from './person-fields.ts';
import { insertWall } from './store.ts';

/**
 * Records a person in a case, identity and contact encrypted before they leave the process. A suspect
 * who is a public official walls the case off from their institution in the same transaction.
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
      ? await findAgencyByCode(trx, input.officialAgencyCode)
      : undefined;
    if (input.officialAgencyCode && !officialAgency) {
      throw new ProblemError(400, 'unknown_agency', { agency: input.officialAgencyCode });
    }
    await trx
      .insertInto('people')
      .values({
        id: personId,
        case_id: caseId,
        role: input.role,
        recorded_by_agency_id: caller.agencyId,
        sex: input.sex ?? null,
        birth_year: input.birthYear ?? null,
        nationality: input.nationality ?? null,
        indigenous_language: input.indigenousLanguage ?? null,
        public_official: input.publicOfficial || !!officialAgency,
        official_agency_id: officialAgency?.id ?? null,
        needs: input.needs,
      })
      .execute();
    if (input.identity)
      await trx
        .insertInto('person_identities')
        .values(encryptIdentity(keyRing, personId, input.identity))
        .execute();
    if (input.contact)
      await trx
        .insertInto('person_contacts')
        .values(encryptContact(keyRing, personId, input.contact))
        .execute();
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
        contact: !!input.contact,
        walled: !!officialAgency,
      },
    });
    return { id: personId };
  });
}
