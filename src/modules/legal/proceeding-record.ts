import type { z } from 'zod';
import { findAgencyByCode } from '../../platform/auth/user-store.ts';
import { definedFields } from '../case-records/contract.ts';
import { dateOrder } from '../case-records/dates.ts';
import { fieldError, issue, refuseIssues } from '../case-records/field-issues.ts';
import type { RecordKind, RecordScope } from '../case-records/record-kind.ts';
import { dateText, optionalDateText } from '../case-records/record-sql.ts';
import { earliestChildDate, LEGAL_GROUP } from './legal-kind.ts';
import {
  type ProceedingView,
  proceedingIssues,
  type proceedingPatch,
  type proceedingRequest,
} from './proceeding-contract.ts';

type Create = z.output<typeof proceedingRequest>;
type Patch = z.output<typeof proceedingPatch>;

async function agencyId(scope: RecordScope, code: string): Promise<string> {
  const agency = await findAgencyByCode(scope.trx, code);
  if (!agency) throw fieldError([issue('agencyCode', 'unknown_agency_code')]);
  return agency.id;
}

/** An investigation file and, once the prosecutor acts, the start of the prosecution. */
export const proceedingRecord: RecordKind<'legal_proceedings', Create, Patch, ProceedingView> = {
  recordType: 'legal_proceeding',
  table: 'legal_proceedings',
  groupOf: LEGAL_GROUP,
  prosecutorial: ({ input, existing }) =>
    (input?.prosecutionInitiatedOn ?? existing?.prosecutionInitiatedOn ?? null) !== null,
  history: {
    agencyCode: 'shown',
    investigationOpenedOn: 'shown',
    prosecutionInitiatedOn: 'shown',
  },
  list: ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('legal_proceedings as p')
      .innerJoin('agencies as a', 'a.id', 'p.agency_id')
      .select([
        'p.id',
        'p.version',
        'a.code as agencyCode',
        'a.name as agencyName',
        dateText('p.investigation_opened_on').as('investigationOpenedOn'),
        optionalDateText('p.prosecution_initiated_on').as('prosecutionInitiatedOn'),
      ])
      .where('p.case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('p.id', '=', filter.id);
    return query.orderBy('p.investigation_opened_on').orderBy('p.created_at').execute();
  },
  columnsToCreate: async (scope, _recordId, input) => ({
    agency_id: input.agencyCode ? await agencyId(scope, input.agencyCode) : scope.caller.agencyId,
    investigation_opened_on: input.investigationOpenedOn,
    prosecution_initiated_on: input.prosecutionInitiatedOn ?? null,
  }),
  columnsToUpdate: async (scope, existing, patch) => {
    const merged = { ...existing, ...definedFields(patch) };
    const firstCharge = await earliestChildDate(scope, 'charges', 'proceeding_id', 'charged_on', existing.id);
    refuseIssues([
      ...proceedingIssues(merged),
      ...dateOrder(
        merged.investigationOpenedOn,
        firstCharge,
        issue('investigationOpenedOn', 'investigation_after_charge'),
      ),
    ]);
    return {
      agency_id: patch.agencyCode ? await agencyId(scope, patch.agencyCode) : undefined,
      investigation_opened_on: patch.investigationOpenedOn,
      prosecution_initiated_on: patch.prosecutionInitiatedOn,
    };
  },
  dependents: [{ table: 'charges', column: 'proceeding_id' }],
  removable: true,
};
