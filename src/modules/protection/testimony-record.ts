import type { z } from 'zod';
import { refuseIssues } from '../case-records/field-issues.ts';
import { personIssues } from '../case-records/person-check.ts';
import type { RecordKind } from '../case-records/record-kind.ts';
import { dateText } from '../case-records/record-sql.ts';
import type { TestimonyView, testimonyPatch, testimonyRequest } from './testimony-contract.ts';

type Create = z.output<typeof testimonyRequest>;
type Patch = z.output<typeof testimonyPatch>;

/**
 * A survivor's own decision on testifying. Investigation material, so no service reads it; and nothing
 * in the schema points at it, so no service or referral can be made to depend on it.
 */
export const testimonyRecord: RecordKind<'testimony_decisions', Create, Patch, TestimonyView> = {
  recordType: 'testimony_decision',
  table: 'testimony_decisions',
  groupOf: () => 'investigation',
  prosecutorial: () => false,
  history: { personId: 'shown', decision: 'shown', voluntary: 'shown', decidedOn: 'shown' },
  list: async ({ trx, caseId }, filter) => {
    let query = trx
      .selectFrom('testimony_decisions as t')
      .innerJoin('users as u', 'u.id', 't.informed_by')
      .innerJoin('agencies as a', 'a.id', 't.informed_by_agency_id')
      .select([
        't.id',
        't.version',
        't.person_id as personId',
        't.decision',
        't.voluntary',
        dateText('t.decided_on').as('decidedOn'),
        'u.display_name as displayName',
        'a.code as agencyCode',
      ])
      .where('t.case_id', 'in', filter.caseIds ?? [caseId]);
    if (filter.id) query = query.where('t.id', '=', filter.id);
    if (filter.personId) query = query.where('t.person_id', '=', filter.personId);
    const rows = await query.orderBy('t.decided_on').orderBy('t.created_at').execute();
    return rows.map(({ displayName, agencyCode, ...row }) => ({
      ...row,
      informedBy: { displayName, agencyCode },
    }));
  },
  columnsToCreate: async (scope, _recordId, input) => {
    refuseIssues(await personIssues(scope, input.personId, ['survivor'], 'person_not_survivor'));
    return {
      person_id: input.personId,
      decision: input.decision,
      voluntary: input.voluntary,
      decided_on: input.decidedOn,
    };
  },
  columnsToUpdate: async (_scope, _existing, patch) => ({
    decision: patch.decision,
    decided_on: patch.decidedOn,
  }),
  dependents: [],
  removable: true,
};
