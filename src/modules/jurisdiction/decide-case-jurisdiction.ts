import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { JurisdictionFacts } from './contract.ts';
import { decideJurisdiction } from './decide.ts';
import { JURISDICTION_RULESET } from './ruleset.ts';

/** Decides who is competent for a case from its facts and keeps the decision, its reasons and what is missing. */
export async function decideCaseJurisdiction(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  facts: JurisdictionFacts,
) {
  const result = decideJurisdiction(facts);
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.update');
    const stored = await trx
      .insertInto('jurisdiction_decisions')
      .values({
        case_id: caseId,
        rules_version: JURISDICTION_RULESET.version,
        facts: JSON.stringify(facts),
        decision: result.decision,
        authority: result.authority,
        state_code: result.state,
        missing: [...result.missing],
        result: JSON.stringify(result),
        decided_by: caller.userId,
      })
      .returning(['id', 'decided_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'jurisdiction.decide',
      recordType: 'case',
      recordId: caseId,
      details: { decision: result.decision, authority: result.authority },
    });
    return {
      ...result,
      id: stored.id,
      rulesVersion: JURISDICTION_RULESET.version,
      decidedAt: stored.decided_at.toISOString(),
    };
  });
}
