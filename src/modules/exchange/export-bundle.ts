import { type Kysely, sql, type Transaction } from 'kysely';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { decryptDocument } from '../cases/document-fields.ts';
import { decryptContact, decryptIdentity } from '../cases/person-fields.ts';
import type { PersonContactsTable, PersonDocumentsTable } from '../cases/schema.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleCase, type BundlePerson } from './bundle-format.ts';
import { exportedRecordLines } from './export-record-lines.ts';
import type { RecordLine } from './record-lines.ts';

export type ExportOptions = {
  /** Names, documents and (for roles allowed) contact details; needs a reason, kept in the audit log. */
  identities: boolean;
  reason?: string | undefined;
};

export type ExportFormat = 'bundle' | 'htcds-csv';

/**
 * The cases the caller's agency owns and may export, as bundle lines: records keep the external ids they
 * were imported under (their own ids otherwise), so export → import → export gives the same lines.
 */
export async function exportBundle(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller & { agencyCode: string },
  options: ExportOptions,
): Promise<string[]> {
  const { cases, people, records } = await exportRecords(deps, caller, options, 'bundle');
  const header = {
    type: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    source: caller.agencyCode,
  };
  return [header, ...cases, ...people, ...records].map((line) => JSON.stringify(line));
}

/** The records of an export in any format, checked and audited once, the format named in the audit. */
export async function exportRecords(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  options: ExportOptions,
  format: ExportFormat,
): Promise<{ cases: BundleCase[]; people: BundlePerson[]; records: RecordLine[] }> {
  if (!mayOnCase(caller.roles, 'owner', 'case.export')) throw new ProblemError(403, 'export_not_allowed');
  if (options.identities && !options.reason) throw new ProblemError(400, 'export_reason_required');
  const withContact = options.identities && mayOnCase(caller.roles, 'owner', 'location.read');
  return withActor(deps.db, caller, async (trx) => {
    const found = await exportedCases(trx, caller.agencyId);
    const cases = found.map(({ line }) => line);
    const people = await exportedPeople(trx, deps.keyRing, caller.agencyId, {
      identities: options.identities,
      contact: withContact,
    });
    const records = await exportedRecordLines(
      { trx, caller, keyRing: deps.keyRing },
      found.map(({ caseId, line }) => ({ caseId, externalId: line.id })),
      options.identities,
    );
    await recordAudit(trx, {
      action: 'case.export',
      reason: options.reason,
      details: {
        format,
        cases: cases.length,
        people: people.length,
        records: records.length,
        identities: options.identities,
      },
    });
    return { cases, people, records };
  });
}

/** The external id the caller's agency knows a record by. */
const externalIdOf = (recordType: string, agencyId: string, idColumn: string) =>
  sql<string>`coalesce((SELECT k.external_id FROM import_keys k WHERE k.agency_id = ${agencyId}
    AND k.record_type = ${recordType} AND k.record_id = ${sql.ref(idColumn)}), ${sql.ref(idColumn)}::text)`;

async function exportedCases(
  trx: Transaction<Schema>,
  agencyId: string,
): Promise<{ caseId: string; line: BundleCase }[]> {
  const rows = await trx
    .selectFrom('cases')
    .select([
      'id',
      externalIdOf('case', agencyId, 'cases.id').as('externalId'),
      'reference',
      'state_code as stateCode',
      'municipality',
      'status',
      sql<string>`to_char(opened_on, 'YYYY-MM-DD')`.as('openedOn'),
    ])
    .where('owning_agency_id', '=', agencyId)
    .orderBy('externalId')
    .execute();
  return rows.map((row) => ({
    caseId: row.id,
    line: {
      type: 'case',
      id: row.externalId,
      reference: row.reference,
      stateCode: row.stateCode as BundleCase['stateCode'],
      ...(row.municipality && { municipality: row.municipality }),
      status: row.status,
      openedOn: row.openedOn,
    },
  }));
}

async function exportedPeople(
  trx: Transaction<Schema>,
  keyRing: KeyRing,
  agencyId: string,
  include: { identities: boolean; contact: boolean },
): Promise<BundlePerson[]> {
  const rows = await trx
    .selectFrom('people as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .leftJoin('agencies as o', 'o.id', 'p.official_agency_id')
    .leftJoin('person_identities as i', 'i.person_id', 'p.id')
    .select([
      externalIdOf('person', agencyId, 'p.id').as('externalId'),
      externalIdOf('case', agencyId, 'c.id').as('caseExternalId'),
      'p.id',
      'p.role',
      'p.sex',
      'p.gender',
      'p.birth_year as birthYear',
      'p.nationality',
      'p.indigenous_language as indigenousLanguage',
      'p.has_disability as hasDisability',
      'p.disabilities',
      'p.public_official as publicOfficial',
      'o.code as officialAgencyCode',
      'p.needs',
      'i.person_id as identityOf',
      'i.given_names',
      'i.first_surname',
      'i.second_surname',
      'i.birth_date',
      'i.curp',
      'i.curp_index',
      'i.name_index',
      'i.short_name_index',
    ])
    .where('c.owning_agency_id', '=', agencyId)
    .orderBy('caseExternalId')
    .orderBy('externalId')
    .execute();
  const ids = rows.map((row) => row.id);
  const documents = groupedByPerson(
    include.identities && ids.length > 0
      ? await trx
          .selectFrom('person_documents')
          .selectAll()
          .where('person_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [],
  );
  const contacts = groupedByPerson(
    include.contact && ids.length > 0
      ? await trx
          .selectFrom('person_contacts')
          .selectAll()
          .where('person_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [],
  );
  return rows.map((row) => {
    const identity =
      include.identities && row.identityOf
        ? definedOnly(
            decryptIdentity(keyRing, { ...row, person_id: row.id } as Parameters<typeof decryptIdentity>[1]),
          )
        : undefined;
    const personDocuments = (documents.get(row.id) ?? []).map((document) => {
      const { issuingCountry, expiresOn, ...rest } = decryptDocument(keyRing, document);
      return { ...rest, ...(issuingCountry && { issuingCountry }), ...(expiresOn && { expiresOn }) };
    });
    const personContacts = (contacts.get(row.id) ?? []).map((contact) =>
      definedOnly(decryptContact(keyRing, contact)),
    );
    return {
      type: 'person',
      id: row.externalId,
      case: row.caseExternalId,
      role: row.role,
      ...(row.sex && { sex: row.sex }),
      ...(row.gender && { gender: row.gender }),
      ...(row.birthYear !== null && { birthYear: row.birthYear }),
      ...(row.nationality && { nationality: row.nationality }),
      ...(row.indigenousLanguage && { indigenousLanguage: row.indigenousLanguage }),
      publicOfficial: row.publicOfficial,
      ...(row.officialAgencyCode && { officialAgencyCode: row.officialAgencyCode }),
      needs: row.needs as BundlePerson['needs'],
      ...(identity && { identity: identity as BundlePerson['identity'] }),
      ...(row.hasDisability !== null && { hasDisability: row.hasDisability }),
      disabilities: row.disabilities,
      documents: personDocuments,
      contacts: personContacts,
    };
  });
}

const definedOnly = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

/** Documents or contact points of the exported people, each person's in their order. */
function groupedByPerson<Row extends PersonDocumentsTable | PersonContactsTable>(rows: Row[]) {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) grouped.set(row.person_id, [...(grouped.get(row.person_id) ?? []), row]);
  return grouped;
}
