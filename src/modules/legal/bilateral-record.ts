import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { refuseIssues } from '../case-records/field-issues.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText, optionalDateText } from '../case-records/record-sql.ts';
import {
  type BilateralView,
  bilateralIssues,
  type bilateralPatch,
  type bilateralRequest,
} from './bilateral-contract.ts';
import { LEGAL_GROUP } from './legal-kind.ts';

type Create = z.output<typeof bilateralRequest>;
type Patch = z.output<typeof bilateralPatch>;

/** An investigation run together with a foreign government. */
export const bilateralRecord: RecordKind<'bilateral_investigations', Create, Patch, BilateralView> = {
  recordType: 'bilateral_investigation',
  table: 'bilateral_investigations',
  groupOf: LEGAL_GROUP,
  prosecutorial: () => false,
  history: { countryCode: 'shown', partnerAgency: 'shown', startedOn: 'shown', endedOn: 'shown' },
  list: ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('bilateral_investigations')
      .select([
        'id',
        'version',
        'country_code as countryCode',
        'partner_agency as partnerAgency',
        dateText('started_on').as('startedOn'),
        optionalDateText('ended_on').as('endedOn'),
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    return query.orderBy('started_on').orderBy('created_at').execute();
  },
  columnsToCreate: async (_scope, _recordId, input) => ({
    country_code: input.countryCode,
    partner_agency: input.partnerAgency,
    started_on: input.startedOn,
    ended_on: input.endedOn ?? null,
  }),
  columnsToUpdate: async (_scope, existing, patch) => {
    refuseIssues(bilateralIssues({ ...existing, ...definedFields(patch) }));
    return {
      country_code: patch.countryCode,
      partner_agency: patch.partnerAgency,
      started_on: patch.startedOn,
      ended_on: patch.endedOn,
    };
  },
  dependents: [],
  removable: true,
};
