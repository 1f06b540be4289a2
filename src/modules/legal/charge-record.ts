import type { z } from 'zod';
import { definedFields } from '../case-records/contract.ts';
import { dateOrder } from '../case-records/dates.ts';
import { issue, refuseIssues } from '../case-records/field-issues.ts';
import { personIssues } from '../case-records/person-check.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText } from '../case-records/record-sql.ts';
import { type ChargeView, chargeIssues, type chargePatch, type chargeRequest } from './charge-contract.ts';
import { earliestChildDate, LEGAL_GROUP, parentDate } from './legal-kind.ts';

type Create = z.output<typeof chargeRequest>;
type Patch = z.output<typeof chargePatch>;

/** One offence charged against one suspect, in one proceeding. */
export const chargeRecord: RecordKind<'charges', Create, Patch, ChargeView> = {
  recordType: 'charge',
  table: 'charges',
  groupOf: LEGAL_GROUP,
  prosecutorial: () => true,
  history: {
    proceedingId: 'shown',
    personId: 'shown',
    lawArticle: 'shown',
    form: 'shown',
    chargedOn: 'shown',
  },
  list: ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('charges')
      .select([
        'id',
        'version',
        'proceeding_id as proceedingId',
        'person_id as personId',
        'law_article as lawArticle',
        'form',
        dateText('charged_on').as('chargedOn'),
      ])
      .where('case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('id', '=', filter.id);
    if (filter.personId) query = query.where('person_id', '=', filter.personId);
    return query.orderBy('charged_on').orderBy('created_at').execute();
  },
  columnsToCreate: async (scope, _recordId, input) => {
    const opened = await parentDate(
      scope,
      'legal_proceedings',
      'investigation_opened_on',
      input.proceedingId,
      'proceedingId',
    );
    refuseIssues([
      ...(await personIssues(scope, input.personId, ['suspect'], 'person_not_suspect')),
      ...dateOrder(opened, input.chargedOn, issue('chargedOn', 'charge_before_investigation')),
    ]);
    return {
      proceeding_id: input.proceedingId,
      person_id: input.personId,
      law_article: input.lawArticle,
      form: input.form,
      charged_on: input.chargedOn,
    };
  },
  columnsToUpdate: async (scope, existing, patch) => {
    const merged = { ...existing, ...definedFields(patch) };
    const opened = await parentDate(
      scope,
      'legal_proceedings',
      'investigation_opened_on',
      existing.proceedingId,
      'proceedingId',
    );
    const decided = await earliestChildDate(scope, 'verdicts', 'charge_id', 'decided_on', existing.id);
    refuseIssues([
      ...chargeIssues(merged),
      ...dateOrder(opened, merged.chargedOn, issue('chargedOn', 'charge_before_investigation')),
      ...dateOrder(merged.chargedOn, decided, issue('chargedOn', 'charge_after_verdict')),
    ]);
    return { law_article: patch.lawArticle, form: patch.form, charged_on: patch.chargedOn };
  },
  dependents: [{ table: 'verdicts', column: 'charge_id' }],
  removable: true,
};
