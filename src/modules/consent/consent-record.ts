import { sql } from 'kysely';
import type { z } from 'zod';
import { ProblemError } from '../../platform/http/problem.ts';
import { definedFields } from '../case-records/contract.ts';
import { fieldError, issue, refuseIssues } from '../case-records/field-issues.ts';
import { personIssues } from '../case-records/person-check.ts';
import type { RecordKind, RecordScope } from '../case-records/record-kind.ts';
import { dateText, optionalDateText } from '../case-records/record-sql.ts';
import type { ConsentView, consentPatch, consentRequest } from './consent-contract.ts';
import { openEvidenceNote, sealEvidenceNote } from './consent-fields.ts';
import { consentIssues } from './consent-rules.ts';

type Create = z.output<typeof consentRequest>;
type Patch = z.output<typeof consentPatch>;

/** The agencies named by code, in the order given; an unknown or disabled code is refused by name. */
async function agencyIds({ trx }: RecordScope, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await trx
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('code', 'in', codes)
    .where('disabled_at', 'is', null)
    .execute();
  const byCode = new Map(found.map((agency) => [agency.code, agency.id]));
  const ids = codes.flatMap((code) => byCode.get(code) ?? []);
  if (ids.length !== codes.length) throw fieldError([issue('recipientAgencyCodes', 'unknown_agency_code')]);
  return [...new Set(ids)];
}

/**
 * What a person agreed to share, with whom and for what. Everyone who works with the survivor reads it
 * (no field group); it is revoked, never removed, and a revoked consent no longer changes.
 */
export const consentRecord: RecordKind<'consents', Create, Patch, ConsentView> = {
  recordType: 'consent',
  table: 'consents',
  groupOf: () => null,
  prosecutorial: () => false,
  history: {
    personId: 'shown',
    scopes: 'shown',
    recipientAgencyTypes: 'shown',
    recipientAgencyCodes: 'shown',
    givenOn: 'shown',
    evidenceNote: 'protected',
    revokedOn: 'shown',
  },
  list: async ({ trx, caseId, keyRing }, filter) => {
    let query = trx
      .selectFrom('consents as c')
      .innerJoin('users as recorder', 'recorder.id', 'c.recorded_by')
      .innerJoin('agencies as recorderAgency', 'recorderAgency.id', 'c.recorded_by_agency_id')
      .leftJoin('users as revoker', 'revoker.id', 'c.revoked_by')
      .leftJoin('agencies as revokerAgency', 'revokerAgency.id', 'revoker.agency_id')
      .select([
        'c.id',
        'c.version',
        'c.person_id as personId',
        'c.scopes',
        'c.recipient_agency_types as recipientAgencyTypes',
        sql<
          string[]
        >`ARRAY(SELECT a.code FROM agencies a WHERE a.id = ANY (c.recipient_agency_ids) ORDER BY a.code)`.as(
          'recipientAgencyCodes',
        ),
        dateText('c.given_on').as('givenOn'),
        'c.evidence_note as evidenceNote',
        'recorder.display_name as recorderName',
        'recorderAgency.code as recorderAgency',
        optionalDateText('c.revoked_on').as('revokedOn'),
        'revoker.display_name as revokerName',
        'revokerAgency.code as revokerAgency',
      ])
      .where('c.case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('c.id', '=', filter.id);
    if (filter.personId) query = query.where('c.person_id', '=', filter.personId);
    const rows = await query.orderBy('c.given_on').orderBy('c.created_at').execute();
    return rows.map(({ recorderName, recorderAgency, revokerName, revokerAgency, ...row }) => ({
      ...row,
      evidenceNote: openEvidenceNote(keyRing, row.id, row.evidenceNote),
      recordedBy: { displayName: recorderName, agencyCode: recorderAgency },
      revokedBy:
        revokerName && revokerAgency ? { displayName: revokerName, agencyCode: revokerAgency } : null,
    }));
  },
  columnsToCreate: async (scope, recordId, input) => {
    refuseIssues(await personIssues(scope, input.personId, ['survivor', 'witness'], 'person_not_consenting'));
    return {
      person_id: input.personId,
      scopes: input.scopes,
      recipient_agency_types: input.recipientAgencyTypes,
      recipient_agency_ids: await agencyIds(scope, input.recipientAgencyCodes),
      given_on: input.givenOn,
      evidence_note: sealEvidenceNote(scope.keyRing, recordId, input.evidenceNote ?? null),
    };
  },
  columnsToUpdate: async (scope, existing, patch) => {
    if (existing.revokedOn !== null) throw new ProblemError(409, 'consent_revoked');
    refuseIssues(consentIssues({ ...existing, ...definedFields(patch) }));
    return {
      scopes: patch.scopes,
      recipient_agency_types: patch.recipientAgencyTypes,
      recipient_agency_ids:
        patch.recipientAgencyCodes && (await agencyIds(scope, patch.recipientAgencyCodes)),
      given_on: patch.givenOn,
      evidence_note:
        patch.evidenceNote === undefined
          ? undefined
          : sealEvidenceNote(scope.keyRing, existing.id, patch.evidenceNote),
    };
  },
  dependents: [],
  removable: false,
};
