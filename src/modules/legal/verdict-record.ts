import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { dateOrder } from '../case-records/dates.ts';
import { fieldError, issue, refuseIssues } from '../case-records/field-issues.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { countReferences, dateText, money } from '../case-records/record-sql.ts';
import { earliestChildDate, LEGAL_GROUP, parentDate } from './legal-kind.ts';
import { sentenceIssues } from './sentence.ts';
import type { VerdictView, verdictPatch, verdictRequest } from './verdict-contract.ts';

type Create = z.output<typeof verdictRequest>;
type Patch = z.output<typeof verdictPatch>;

/** The court's decision on one charge, with the sentence of a conviction. */
export const verdictRecord: RecordKind<'verdicts', Create, Patch, VerdictView> = {
  recordType: 'verdict',
  table: 'verdicts',
  groupOf: LEGAL_GROUP,
  prosecutorial: () => true,
  history: {
    chargeId: 'shown',
    outcome: 'shown',
    decidedOn: 'shown',
    prisonYears: 'shown',
    prisonMonths: 'shown',
    fineMxn: 'shown',
  },
  list: async ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('verdicts')
      .select([
        'id',
        'version',
        'charge_id as chargeId',
        'outcome',
        dateText('decided_on').as('decidedOn'),
        'prison_years as prisonYears',
        'prison_months as prisonMonths',
        'fine_mxn as fineMxn',
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    const rows = await query.orderBy('decided_on').orderBy('created_at').execute();
    return rows.map((row) => ({ ...row, fineMxn: money(row.fineMxn) }));
  },
  columnsToCreate: async (scope, _recordId, input) => {
    const charged = await parentDate(scope, 'charges', 'charged_on', input.chargeId, 'chargeId');
    if (
      (await countReferences(scope.trx, [{ table: 'verdicts', column: 'charge_id' }], input.chargeId)) > 0
    ) {
      throw fieldError([issue('chargeId', 'charge_already_decided')]);
    }
    refuseIssues(dateOrder(charged, input.decidedOn, issue('decidedOn', 'verdict_before_charge')));
    return {
      charge_id: input.chargeId,
      outcome: input.outcome,
      decided_on: input.decidedOn,
      prison_years: input.prisonYears ?? null,
      prison_months: input.prisonMonths ?? null,
      fine_mxn: input.fineMxn ?? null,
    };
  },
  columnsToUpdate: async (scope, existing, patch) => {
    const merged = { ...existing, ...definedFields(patch) };
    const charged = await parentDate(scope, 'charges', 'charged_on', existing.chargeId, 'chargeId');
    const appealed = await earliestChildDate(scope, 'appeals', 'verdict_id', 'filed_on', existing.id);
    refuseIssues([
      ...sentenceIssues(merged),
      ...dateOrder(charged, merged.decidedOn, issue('decidedOn', 'verdict_before_charge')),
      ...dateOrder(merged.decidedOn, appealed, issue('decidedOn', 'verdict_after_appeal')),
    ]);
    return {
      outcome: patch.outcome,
      decided_on: patch.decidedOn,
      prison_years: patch.prisonYears,
      prison_months: patch.prisonMonths,
      fine_mxn: patch.fineMxn,
    };
  },
  dependents: [{ table: 'appeals', column: 'verdict_id' }],
  removable: true,
};
