import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { authorizeCase, personOfCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { classify, SCREENING_RULES_VERSION } from './classify.ts';
import type { ScreeningFacts } from './contract.ts';
import { factsFromAnswers, requireInstrument } from './instrument-facts.ts';
import type { Instrument } from './instruments/types.ts';
import type { RecordScreeningRequest } from './record-contract.ts';

/**
 * Classifies and keeps a screening on a case: who screened, when, with which instrument and rules
 * version. The result informs the identification decision; it never replaces it.
 */
export async function recordScreening(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  input: RecordScreeningRequest,
) {
  const { instrument, facts } = screeningInput(input);
  const result = classify(facts);
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.update');
    if (input.personId) await personOfCase(trx, caseId, input.personId);
    const stored = await trx
      .insertInto('screenings')
      .values({
        case_id: caseId,
        person_id: input.personId ?? null,
        instrument_id: instrument?.id ?? null,
        instrument_version: instrument?.version ?? null,
        rules_version: SCREENING_RULES_VERSION,
        facts: JSON.stringify(facts),
        result: JSON.stringify(result),
        outcome: result.result,
        screened_by: caller.userId,
      })
      .returning(['id', 'screened_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'screening.record',
      recordType: 'case',
      recordId: caseId,
      details: { screeningId: stored.id, outcome: result.result },
    });
    return {
      id: stored.id,
      personId: input.personId ?? null,
      instrument: instrument ? { id: instrument.id, version: instrument.version } : null,
      rulesVersion: SCREENING_RULES_VERSION,
      result,
      screenedAt: stored.screened_at.toISOString(),
    };
  });
}

function screeningInput(input: RecordScreeningRequest): {
  instrument: Instrument | null;
  facts: ScreeningFacts;
} {
  if (!('instrument' in input)) return { instrument: null, facts: input.facts };
  const instrument = requireInstrument(input.instrument, 400);
  return { instrument, facts: factsFromAnswers(instrument, input.answers) };
}
