import { describe, expect, it } from 'vitest';
import { syntheticModel, trainSyntheticModel } from './synthetic-model.ts';

describe('the synthetic start-up model', () => {
  it('is exactly what training on the synthetic records learns', () => {
    expect(syntheticModel()).toEqual(JSON.parse(JSON.stringify(trainSyntheticModel())));
  }, 60_000);
});
