import type { Selectable } from 'kysely';
import { CryptoProblem } from '../../platform/crypto/crypto-problem.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { HistorySpec } from '../history/field-changes.ts';
import { inCanonicalOrder } from '../screening/vocabulary.ts';
import type { SuspectRoleView } from './contract.ts';
import { PROCESS_ROLE_CODES, type ProcessRole } from './process-roles.ts';
import type { SuspectRolesTable } from './schema.ts';

type Row = Selectable<SuspectRolesTable>;
export type OfficialAgency = { id: string; code: string; name: string };

/** A suspect role as history sees it; the whole record belongs to the investigation group. */
export type SuspectFields = {
  processRoles: ProcessRole[];
  publicOfficial: boolean;
  officialAgencyCode: string | null;
  officialInstitution: string | null;
  organisedCrime: boolean | null;
};

export const SUSPECT_ROLE_HISTORY: HistorySpec<keyof SuspectFields> = {
  processRoles: 'shown',
  publicOfficial: 'shown',
  officialAgencyCode: 'shown',
  officialInstitution: 'protected',
  organisedCrime: 'shown',
};

export const ENCRYPTED_COLUMNS = [{ table: 'suspect_roles', column: 'official_institution', key: 'id' }];

const context = (id: string) => ({ table: 'suspect_roles', column: 'official_institution', rowId: id });

export const sealInstitution = (ring: KeyRing, id: string, institution: string | null) =>
  encryptField(ring, context(id), institution);

/** A token that fails its check means the row was altered: refused, never shown. */
export function fieldsOf(ring: KeyRing, row: Row, agency: OfficialAgency | null): SuspectFields {
  try {
    return {
      processRoles: row.process_roles,
      publicOfficial: row.public_official,
      officialAgencyCode: agency?.code ?? null,
      officialInstitution: decryptField(ring, context(row.id), row.official_institution),
      organisedCrime: row.organised_crime,
    };
  } catch (error) {
    if (error instanceof CryptoProblem) throw new ProblemError(500, 'record_integrity_failed');
    throw error;
  }
}

export const canonicalRoles = (roles: readonly ProcessRole[]) => inCanonicalOrder(PROCESS_ROLE_CODES, roles);

export function viewOf(row: Row, fields: SuspectFields, agency: OfficialAgency | null): SuspectRoleView {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    version: row.version,
    processRoles: fields.processRoles,
    publicOfficial: fields.publicOfficial,
    officialAgency: agency && { code: agency.code, name: agency.name },
    officialInstitution: fields.officialInstitution,
    organisedCrime: fields.organisedCrime,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
