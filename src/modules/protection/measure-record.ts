import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { refuseIssues } from '../case-records/field-issues.ts';
import { personIssues } from '../case-records/person-check.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText, money, optionalDateText } from '../case-records/record-sql.ts';
import type { MeasureView, measurePatch, measureRequest } from './measure-contract.ts';
import { measureGroup, measureIssues, rolesProtectedBy } from './measure-rules.ts';

type Create = z.output<typeof measureRequest>;
type Patch = z.output<typeof measurePatch>;

/** One protection measure for one person, typed by kind. */
export const measureRecord: RecordKind<'protection_measures', Create, Patch, MeasureView> = {
  recordType: 'protection_measure',
  table: 'protection_measures',
  groupOf: (measure) => measureGroup(measure.kind),
  prosecutorial: () => false,
  history: {
    personId: 'shown',
    kind: 'shown',
    relief: 'shown',
    witnessMeasure: 'shown',
    status: 'shown',
    requestedOn: 'shown',
    resolvedOn: 'shown',
    amountOrderedMxn: 'shown',
    amountPaidMxn: 'shown',
  },
  list: async ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('protection_measures')
      .select([
        'id',
        'version',
        'person_id as personId',
        'kind',
        'relief',
        'witness_measure as witnessMeasure',
        'status',
        dateText('requested_on').as('requestedOn'),
        optionalDateText('resolved_on').as('resolvedOn'),
        'amount_ordered_mxn as amountOrderedMxn',
        'amount_paid_mxn as amountPaidMxn',
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    if (filter.personId) query = query.where('person_id', '=', filter.personId);
    const rows = await query.orderBy('requested_on').orderBy('created_at').execute();
    return rows.map((row) => ({
      ...row,
      amountOrderedMxn: money(row.amountOrderedMxn),
      amountPaidMxn: money(row.amountPaidMxn),
    }));
  },
  columnsToCreate: async (scope, _recordId, input) => {
    refuseIssues(
      await personIssues(scope, input.personId, rolesProtectedBy(input.kind), 'person_not_protected'),
    );
    return {
      person_id: input.personId,
      kind: input.kind,
      relief: input.relief ?? null,
      witness_measure: input.witnessMeasure ?? null,
      status: input.status,
      requested_on: input.requestedOn,
      resolved_on: input.resolvedOn ?? null,
      amount_ordered_mxn: input.amountOrderedMxn ?? null,
      amount_paid_mxn: input.amountPaidMxn ?? null,
    };
  },
  columnsToUpdate: async (_scope, existing, patch) => {
    refuseIssues(measureIssues({ ...existing, ...definedFields(patch) }));
    return {
      relief: patch.relief,
      witness_measure: patch.witnessMeasure,
      status: patch.status,
      requested_on: patch.requestedOn,
      resolved_on: patch.resolvedOn,
      amount_ordered_mxn: patch.amountOrderedMxn,
      amount_paid_mxn: patch.amountPaidMxn,
    };
  },
  dependents: [],
  removable: true,
};
