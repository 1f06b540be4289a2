import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { RecordScope } from '../case-records/record-kind.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requirePersonInRole } from '../cases/person-in-role.ts';
import { creationChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeSuspectRoles } from './access.ts';
import type { CreateSuspectRoleRequest, SuspectRoleView } from './contract.ts';
import { officialAgency, wallOffInstitution } from './official-agency.ts';
import {
  canonicalRoles,
  SUSPECT_ROLE_HISTORY,
  type SuspectFields,
  sealInstitution,
  viewOf,
} from './record.ts';
import { insertSuspectRole, personHasSuspectRole } from './store.ts';

/**
 * Records what a suspect of the case did, one record per suspect. Naming the institution of a suspect
 * official walls the case off from it in the same transaction, after the record and its history are
 * written (the caller's own institution loses the case at once).
 */
export function createSuspectRole(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  caseId: string,
  input: CreateSuspectRoleRequest,
): Promise<SuspectRoleView> {
  const id = randomUUID();
  return withActor(deps.db, caller, (trx) =>
    createSuspectRoleIn({ trx, caseId, caller, keyRing: deps.keyRing }, input, id),
  );
}

/** The same inside a transaction the caller holds (an import writes many records in one). */
export async function createSuspectRoleIn(
  { trx, caseId, caller, keyRing }: RecordScope,
  input: CreateSuspectRoleRequest,
  id: string,
): Promise<SuspectRoleView> {
  await authorizeSuspectRoles(trx, caller, caseId, 'write');
  await requirePersonInRole(trx, { caseId, personId: input.personId, role: 'suspect' });
  if (await personHasSuspectRole(trx, input.personId)) throw new ProblemError(409, 'suspect_role_exists');
  const agency = input.officialAgencyCode ? await officialAgency(trx, input.officialAgencyCode) : null;
  const fields: SuspectFields = {
    processRoles: canonicalRoles(input.processRoles ?? []),
    publicOfficial: input.publicOfficial,
    officialAgencyCode: agency?.code ?? null,
    officialInstitution: input.officialInstitution ?? null,
    organisedCrime: input.organisedCrime ?? null,
  };
  const row = await insertSuspectRole(trx, {
    id,
    case_id: caseId,
    person_id: input.personId,
    process_roles: fields.processRoles,
    public_official: fields.publicOfficial,
    official_agency_id: agency?.id ?? null,
    official_institution: sealInstitution(keyRing, id, fields.officialInstitution),
    organised_crime: fields.organisedCrime,
  }).catch((error: { code?: string }) => {
    // Two officers recording the same suspect at once: the second finds the first's record.
    throw error.code === '23505' ? new ProblemError(409, 'suspect_role_exists') : error;
  });
  const changes = creationChanges(SUSPECT_ROLE_HISTORY, fields);
  await recordChange(trx, {
    caseId,
    recordType: 'suspect_role',
    recordId: id,
    version: row.version,
    kind: 'created',
    fieldGroup: 'investigation',
    changes,
  });
  const walled = agency ? await wallOffInstitution(trx, caseId, agency.id) : false;
  await recordAudit(trx, {
    action: 'suspect_role.create',
    recordType: 'suspect_role',
    recordId: id,
    details: { caseId, personId: input.personId, fields: changes.map((change) => change.field), walled },
  });
  return viewOf(row, fields, agency);
}
