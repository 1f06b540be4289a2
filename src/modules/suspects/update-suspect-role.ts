import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { invalidField } from '../../platform/http/field-problem.ts';
import { notFound } from '../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../platform/http/versioning.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { fieldChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import { authorizeSuspectRoles } from './access.ts';
import type { SuspectRoleView, UpdateSuspectRoleRequest } from './contract.ts';
import { officialAgency, wallOffInstitution } from './official-agency.ts';
import {
  canonicalRoles,
  fieldsOf,
  type OfficialAgency,
  SUSPECT_ROLE_HISTORY,
  type SuspectFields,
  sealInstitution,
  viewOf,
} from './record.ts';
import { findSuspectRole, suspectRoleVersion, updateSuspectRoleRow } from './store.ts';

/**
 * Changes a suspect role when the caller still holds its current version. Naming an institution walls
 * the case off from it; clearing one lifts no wall.
 */
export async function updateSuspectRole(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  target: { caseId: string; suspectRoleId: string; expected: number },
  patch: UpdateSuspectRoleRequest,
): Promise<SuspectRoleView> {
  return withActor(deps.db, caller, async (trx) => {
    const { caseId, suspectRoleId: id, expected } = target;
    await authorizeSuspectRoles(trx, caller, caseId, 'write');
    const found = await findSuspectRole(trx, caseId, id);
    if (!found) throw notFound();
    requireVersion(found.row.version, expected);
    const before = fieldsOf(deps.keyRing, found.row, found.agency);
    const agency = await agencyAfter(trx, found.agency, patch.officialAgencyCode);
    const after = merged(before, patch, agency);
    const changes = fieldChanges(SUSPECT_ROLE_HISTORY, before, after);
    if (changes.length === 0) return viewOf(found.row, before, found.agency);
    const updated = await updateSuspectRoleRow(
      trx,
      { id, expected },
      {
        process_roles: after.processRoles,
        public_official: after.publicOfficial,
        official_agency_id: agency?.id ?? null,
        official_institution: sealInstitution(deps.keyRing, id, after.officialInstitution),
        organised_crime: after.organisedCrime,
      },
    );
    if (!updated) {
      // Another transaction changed or removed the record between our read and our write.
      const current = await suspectRoleVersion(trx, id);
      throw current === undefined ? notFound() : versionConflict(current, expected);
    }
    await recordChange(trx, {
      caseId,
      recordType: 'suspect_role',
      recordId: id,
      version: updated.version,
      kind: 'updated',
      fieldGroup: 'investigation',
      changes,
    });
    const walled = agency ? await wallOffInstitution(trx, caseId, agency.id) : false;
    await recordAudit(trx, {
      action: 'suspect_role.update',
      recordType: 'suspect_role',
      recordId: id,
      details: { caseId, fields: changes.map((change) => change.field), version: updated.version, walled },
    });
    return viewOf(updated, after, agency);
  });
}

async function agencyAfter(
  trx: Transaction<Schema>,
  current: OfficialAgency | null,
  code: string | null | undefined,
): Promise<OfficialAgency | null> {
  if (code === undefined) return current;
  return code === null ? null : officialAgency(trx, code);
}

/** The record the patch leaves; an institution without the public-official mark is refused. */
function merged(
  before: SuspectFields,
  patch: UpdateSuspectRoleRequest,
  agency: OfficialAgency | null,
): SuspectFields {
  const after: SuspectFields = {
    processRoles: patch.processRoles ? canonicalRoles(patch.processRoles) : before.processRoles,
    publicOfficial: patch.publicOfficial ?? before.publicOfficial,
    officialAgencyCode: agency?.code ?? null,
    officialInstitution:
      patch.officialInstitution === undefined ? before.officialInstitution : patch.officialInstitution,
    organisedCrime: patch.organisedCrime === undefined ? before.organisedCrime : patch.organisedCrime,
  };
  if (!after.publicOfficial && (after.officialAgencyCode || after.officialInstitution)) {
    throw invalidField('publicOfficial', 'institution_needs_official');
  }
  return after;
}
