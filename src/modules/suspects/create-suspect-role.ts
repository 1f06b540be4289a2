import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type AuditEvent, recordAudit, recordAudits } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { NewRecord } from '../case-records/create-record.ts';
import type { RecordScope } from '../case-records/record-kind.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { requirePersonInRole } from '../cases/person-in-role.ts';
import { creationChanges } from '../history/field-changes.ts';
import { type RecordChange, recordChange, recordChanges } from '../history/record-change.ts';
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

/** The same inside a transaction the caller holds. */
export async function createSuspectRoleIn(
  scope: RecordScope,
  input: CreateSuspectRoleRequest,
  id: string,
): Promise<SuspectRoleView> {
  const written = await insertCheckedSuspectRole(scope, input, id);
  await recordChange(scope.trx, changeOf(written));
  const walled = await wallOffNamedInstitution(scope.trx, written);
  await recordAudit(scope.trx, auditOf(written, walled));
  return viewOf(written.row, written.fields, written.agency);
}

/**
 * Many suspect roles inside a transaction the caller holds (an import): each authorized, checked and
 * inserted in order exactly as createSuspectRoleIn does, so a record sees those before it; history and
 * audit entries are written with one statement each. A record naming a suspect official's institution
 * first writes the history pending, then walls the case off, as createSuspectRoleIn does, so the records
 * after it find the case as they would one by one. A record refused is reported through `refused` (its
 * index and the error) and left out; the others go on. Answers the ids written.
 */
export async function createSuspectRolesIn(
  scope: Omit<RecordScope, 'caseId'>,
  records: readonly NewRecord<CreateSuspectRoleRequest>[],
  refused: (index: number, error: unknown) => void,
): Promise<string[]> {
  const { trx } = scope;
  const audits: AuditEvent[] = [];
  let pending: WrittenSuspectRole[] = [];
  const flushHistory = async () => {
    await recordChanges(trx, pending.map(changeOf));
    pending = [];
  };
  for (const [index, { caseId, input, recordId }] of records.entries()) {
    let written: WrittenSuspectRole;
    try {
      written = await insertCheckedSuspectRole({ ...scope, caseId }, input, recordId);
    } catch (error) {
      refused(index, error);
      continue;
    }
    pending.push(written);
    if (written.agency) await flushHistory();
    audits.push(auditOf(written, await wallOffNamedInstitution(trx, written)));
  }
  await flushHistory();
  await recordAudits(trx, audits);
  return audits.map(({ recordId }) => recordId as string);
}

type WrittenSuspectRole = Awaited<ReturnType<typeof insertCheckedSuspectRole>>;

async function insertCheckedSuspectRole(
  { trx, caseId, caller, keyRing }: RecordScope,
  input: CreateSuspectRoleRequest,
  id: string,
) {
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
  return {
    caseId,
    personId: input.personId,
    row,
    fields,
    agency,
    changes: creationChanges(SUSPECT_ROLE_HISTORY, fields),
  };
}

/** After the record and its history: the caller's own institution may lose the case at once. */
const wallOffNamedInstitution = (trx: Transaction<Schema>, { caseId, agency }: WrittenSuspectRole) =>
  agency ? wallOffInstitution(trx, caseId, agency.id) : Promise.resolve(false);

const changeOf = ({ caseId, row, changes }: WrittenSuspectRole): RecordChange => ({
  caseId,
  recordType: 'suspect_role',
  recordId: row.id,
  version: row.version,
  kind: 'created',
  fieldGroup: 'investigation',
  changes,
});

const auditOf = ({ caseId, personId, row, changes }: WrittenSuspectRole, walled: boolean): AuditEvent => ({
  action: 'suspect_role.create',
  recordType: 'suspect_role',
  recordId: row.id,
  details: { caseId, personId, fields: changes.map((change) => change.field), walled },
});
