import type { Kysely, Transaction } from 'kysely';
import { CASE_ACTIONS, mayOnCase, visibleFieldGroups } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from './authorize-case.ts';
import type { CaseCaller } from './case-actor.ts';
import type { CaseView } from './contract.ts';
import { breakGlassExpiry, type CaseRow } from './store.ts';

/** One case as the caller may see it; every read is audited, break-glass reads with their grant. */
export async function readCase(db: Kysely<Schema>, caller: CaseCaller, caseId: string): Promise<CaseView> {
  return withActor(db, caller, async (trx) => {
    const view = await caseView(trx, caller, caseId);
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { relation: view.relation },
    });
    return view;
  });
}

/** The view itself, inside the caller's transaction; 404 unless the caller may read the case. */
export async function caseView(
  trx: Transaction<Schema>,
  caller: CaseCaller,
  caseId: string,
): Promise<CaseView> {
  const { row, relation } = await authorizeCase(trx, caller, caseId, 'case.read');
  // Unreachable after the check above; narrows the type for the view.
  if (relation === 'none' || relation === 'walled') throw notFound();
  return {
    ...summaryOf(row),
    relation,
    breakGlassUntil: relation === 'break_glass' ? await breakGlassExpiry(trx, caseId, caller.userId) : null,
    visibleGroups: visibleFieldGroups(caller.roles, relation),
    allowedActions: CASE_ACTIONS.filter((action) => mayOnCase(caller.roles, relation, action)),
  };
}

export const summaryOf = (row: CaseRow) => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  stateCode: row.stateCode,
  municipality: row.municipality,
  openedOn: row.openedOn,
  owningAgency: { code: row.owningAgencyCode, name: row.owningAgencyName },
  version: row.version,
});
