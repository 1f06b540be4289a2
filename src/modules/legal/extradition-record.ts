import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { refuseIssues } from '../case-records/field-issues.ts';
import { personIssues } from '../case-records/person-check.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText, optionalDateText } from '../case-records/record-sql.ts';
import {
  type ExtraditionView,
  extraditionIssues,
  type extraditionPatch,
  type extraditionRequest,
} from './extradition-contract.ts';
import { LEGAL_GROUP } from './legal-kind.ts';

type Create = z.output<typeof extraditionRequest>;
type Patch = z.output<typeof extraditionPatch>;

/** A request to surrender a suspect between Mexico and another state, and its result. */
export const extraditionRecord: RecordKind<'extradition_requests', Create, Patch, ExtraditionView> = {
  recordType: 'extradition_request',
  table: 'extradition_requests',
  groupOf: LEGAL_GROUP,
  prosecutorial: () => true,
  history: {
    personId: 'shown',
    direction: 'shown',
    countryCode: 'shown',
    requestedOn: 'shown',
    status: 'shown',
    decidedOn: 'shown',
    surrenderedOn: 'shown',
  },
  list: ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('extradition_requests')
      .select([
        'id',
        'version',
        'person_id as personId',
        'direction',
        'country_code as countryCode',
        dateText('requested_on').as('requestedOn'),
        'status',
        optionalDateText('decided_on').as('decidedOn'),
        optionalDateText('surrendered_on').as('surrenderedOn'),
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    if (filter.personId) query = query.where('person_id', '=', filter.personId);
    return query.orderBy('requested_on').orderBy('created_at').execute();
  },
  columnsToCreate: async (scope, _recordId, input) => {
    refuseIssues(await personIssues(scope, input.personId, ['suspect'], 'person_not_suspect'));
    return {
      person_id: input.personId,
      direction: input.direction,
      country_code: input.countryCode,
      requested_on: input.requestedOn,
      status: input.status,
      decided_on: input.decidedOn ?? null,
      surrendered_on: input.surrenderedOn ?? null,
    };
  },
  columnsToUpdate: async (_scope, existing, patch) => {
    refuseIssues(extraditionIssues({ ...existing, ...definedFields(patch) }));
    return {
      direction: patch.direction,
      country_code: patch.countryCode,
      requested_on: patch.requestedOn,
      status: patch.status,
      decided_on: patch.decidedOn,
      surrendered_on: patch.surrenderedOn,
    };
  },
  dependents: [],
  removable: true,
};
