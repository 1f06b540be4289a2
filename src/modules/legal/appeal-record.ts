import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { dateOrder } from '../case-records/dates.ts';
import { issue, refuseIssues } from '../case-records/field-issues.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText, optionalDateText } from '../case-records/record-sql.ts';
import { type AppealView, appealIssues, type appealPatch, type appealRequest } from './appeal-contract.ts';
import { LEGAL_GROUP, parentDate } from './legal-kind.ts';

type Create = z.output<typeof appealRequest>;
type Patch = z.output<typeof appealPatch>;

/** An appeal against a verdict and, once decided, its result. */
export const appealRecord: RecordKind<'appeals', Create, Patch, AppealView> = {
  recordType: 'appeal',
  table: 'appeals',
  groupOf: LEGAL_GROUP,
  prosecutorial: () => true,
  history: { verdictId: 'shown', appellant: 'shown', filedOn: 'shown', result: 'shown', decidedOn: 'shown' },
  list: ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('appeals')
      .select([
        'id',
        'version',
        'verdict_id as verdictId',
        'appellant',
        dateText('filed_on').as('filedOn'),
        'result',
        optionalDateText('decided_on').as('decidedOn'),
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    return query.orderBy('filed_on').orderBy('created_at').execute();
  },
  columnsToCreate: async (scope, _recordId, input) => {
    const decided = await parentDate(scope, 'verdicts', 'decided_on', input.verdictId, 'verdictId');
    refuseIssues(dateOrder(decided, input.filedOn, issue('filedOn', 'appeal_before_verdict')));
    return {
      verdict_id: input.verdictId,
      appellant: input.appellant,
      filed_on: input.filedOn,
      result: input.result,
      decided_on: input.decidedOn ?? null,
    };
  },
  columnsToUpdate: async (scope, existing, patch) => {
    const merged = { ...existing, ...definedFields(patch) };
    const decided = await parentDate(scope, 'verdicts', 'decided_on', existing.verdictId, 'verdictId');
    refuseIssues([
      ...appealIssues(merged),
      ...dateOrder(decided, merged.filedOn, issue('filedOn', 'appeal_before_verdict')),
    ]);
    return {
      appellant: patch.appellant,
      filed_on: patch.filedOn,
      result: patch.result,
      decided_on: patch.decidedOn,
    };
  },
  dependents: [],
  removable: true,
};
