import { describe, expect, it } from 'vitest';
import { log2Odds } from '../model/parameters.ts';
import { priorWeightFor, type StoredModel } from './stored-model.ts';

const model: StoredModel = { comparisons: [], matchProbability: 0.001, trainedRecords: 1_001 };

describe('priorWeightFor', () => {
  it.each([
    { case: 'the population the model was trained on keeps its prior', records: 1_001, probability: 0.001 },
    { case: 'a smaller population keeps the trained prior', records: 3, probability: 0.001 },
    {
      case: 'a population ten times larger has a prior ten times smaller',
      records: 10_001,
      probability: 0.0001,
    },
  ])('$case', ({ records, probability }) => {
    expect(priorWeightFor(model, records)).toBeCloseTo(log2Odds(probability), 6);
  });
});
