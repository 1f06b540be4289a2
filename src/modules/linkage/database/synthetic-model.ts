import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateRecords } from '../../demo/synthetic/generate.ts';
import { linkageRecordOf } from './record-fields.ts';
import { type StoredModel, trainStoredModel } from './stored-model.ts';

/** Large enough for stable estimates of every level. */
const SYNTHETIC_RECORDS = 20_000;
const SYNTHETIC_SEED = 7;

export const SYNTHETIC_MODEL_FILE = path.join(import.meta.dirname, 'synthetic-model.json');

/**
 * Learns the parameters from the synthetic agency records (never real people). Training takes about
 * ten seconds, too long to block a server's event loop, so the result is kept in
 * `synthetic-model.json` (`node --import tsx src/modules/linkage/database/write-synthetic-model.ts`)
 * and a test checks that the file is what this function learns.
 */
export function trainSyntheticModel(): StoredModel {
  const generated = generateRecords(SYNTHETIC_RECORDS, SYNTHETIC_SEED);
  const records = [...generated.byAgency.values()].flat().map((row) => {
    const [id, source, givenNames, surname1, surname2, sex, birthDate, nationality, curp, phone] = row;
    return linkageRecordOf({
      id: id!,
      source: source!,
      givenNames: givenNames!,
      surname1: surname1!,
      surname2: surname2!,
      sex: sex!,
      birthDate: birthDate!,
      nationality: nationality!,
      curp: curp!,
      phone: phone!,
    });
  });
  return trainStoredModel(records);
}

/**
 * The parameters used until the database holds enough survivors to learn from its own: EM on a few
 * hundred records estimates nothing. Every installation starts from the same model.
 */
export function syntheticModel(): StoredModel {
  return JSON.parse(readFileSync(SYNTHETIC_MODEL_FILE, 'utf8')) as StoredModel;
}
