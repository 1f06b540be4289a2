import { writeFileSync } from 'node:fs';
import { SYNTHETIC_MODEL_FILE, trainSyntheticModel } from './synthetic-model.ts';

writeFileSync(SYNTHETIC_MODEL_FILE, `${JSON.stringify(trainSyntheticModel(), null, 2)}\n`);
