import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { creationChanges } from '../history/field-changes.ts';
import { recordChange } from '../history/record-change.ts';
import type { CaseCaller } from './case-actor.ts';
import type { openCaseRequest } from './contract.ts';
import { caseView } from './read-case.ts';
import { insertCase } from './store.ts';
import { CASE_HISTORY } from './update-case.ts';

const newReference = (year: number) => `ENL-${year}-${randomBytes(5).toString('hex').toUpperCase()}`;

/** Opens a case owned by the caller's agency; only roles that work cases may. */
export async function openCase(
  db: Kysely<Schema>,
  caller: CaseCaller,
  input: z.infer<typeof openCaseRequest>,
) {
  if (!mayOnCase(caller.roles, 'owner', 'case.update')) throw new ProblemError(404, 'not_found');
  const openedOn = input.openedOn ?? new Date().toISOString().slice(0, 10);
  return withActor(db, caller, async (trx) => {
    const row = await insertCase(trx, {
      reference: newReference(Number(openedOn.slice(0, 4))),
      agencyId: caller.agencyId,
      stateCode: input.stateCode,
      municipality: input.municipality ?? null,
      openedOn,
    });
    await recordChange(trx, {
      caseId: row.id,
      recordType: 'case',
      recordId: row.id,
      version: 1,
      kind: 'created',
      fieldGroup: null,
      changes: creationChanges(CASE_HISTORY, {
        status: 'identification',
        stateCode: input.stateCode,
        municipality: input.municipality,
      }),
    });
    await recordAudit(trx, { action: 'case.open', recordType: 'case', recordId: row.id });
    return caseView(trx, caller, row.id);
  });
}
