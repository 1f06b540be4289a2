import { describe, expect, it } from 'vitest';
import { factsFrom, formValuesFrom } from './facts-form.ts';

describe('the jurisdiction facts form', () => {
  it('starts from the case’s state with everything else unknown', () => {
    const values = formValuesFrom(null, 'PUE');
    expect(values).toMatchObject({ state: 'PUE', transnational: 'unknown', suspectCount: '', forms: [] });
    expect(factsFrom(values)).toEqual({
      state: 'PUE',
      transnational: null,
      organizedCrime: null,
      federalTerritory: null,
      officialInvolved: null,
      suspectCount: null,
      forms: null,
    });
  });

  it('gives back the facts of the last decision as they were', () => {
    const facts = {
      state: null,
      transnational: true,
      organizedCrime: false,
      federalTerritory: null,
      officialInvolved: false,
      suspectCount: 0,
      forms: ['forced_labour' as const],
    };
    expect(factsFrom(formValuesFrom(facts, 'PUE'))).toEqual(facts);
  });
});
