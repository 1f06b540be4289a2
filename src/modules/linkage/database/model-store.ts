import type { Transaction } from 'kysely';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type StoredModel, trainStoredModel } from './stored-model.ts';
import { readAllSurvivors } from './survivor-records.ts';
import { syntheticModel } from './synthetic-model.ts';

/** From this many survivors the database learns its own parameters (EM needs thousands of pairs). */
export const POPULATION_TRAINING_MINIMUM = 5_000;
/** A population model is learnt again when the population has doubled since. */
const RETRAIN_GROWTH = 2;

export type ModelChoice = { model: StoredModel; trainedNow: boolean };

/**
 * The model this run scores with: the latest stored one, unless the population has outgrown it and
 * the run may train, in which case it learns one from every survivor record (read inside this
 * transaction) first. Training takes seconds to minutes of CPU, so only `enlace link refresh` trains:
 * a server's sweep and a reviewer's decision score with the model they find.
 */
export async function modelForRun(
  trx: Transaction<Schema>,
  ring: KeyRing,
  population: number,
  training: { allowed: boolean; forced: boolean },
): Promise<ModelChoice> {
  const latest = await trx
    .selectFrom('linkage_models')
    .select(['source', 'trained_records', 'parameters'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const outgrown =
    population >= POPULATION_TRAINING_MINIMUM &&
    (training.forced ||
      !latest ||
      latest.source === 'synthetic' ||
      population >= RETRAIN_GROWTH * latest.trained_records);
  if (outgrown && training.allowed) {
    const records = await readAllSurvivors(trx, ring);
    const model = trainStoredModel(records.map((survivor) => survivor.record));
    await storeModel(trx, 'population', model);
    return { model, trainedNow: true };
  }
  if (latest) return { model: latest.parameters, trainedNow: false };
  const model = syntheticModel();
  await storeModel(trx, 'synthetic', model);
  return { model, trainedNow: true };
}

async function storeModel(trx: Transaction<Schema>, source: 'synthetic' | 'population', model: StoredModel) {
  await trx
    .insertInto('linkage_models')
    .values({ source, trained_records: model.trainedRecords, parameters: JSON.stringify(model) })
    .execute();
}
