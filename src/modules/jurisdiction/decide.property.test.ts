import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../catalog/states.ts';
import { PURPOSES } from '../screening/vocabulary.ts';
import { DECIDING_FACTS, type JurisdictionFacts, jurisdictionDecision } from './contract.ts';
import { decideJurisdiction } from './decide.ts';

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const facts: fc.Arbitrary<JurisdictionFacts> = fc.record({
  state: maybe(fc.constantFrom(...STATE_CODES)),
  transnational: maybe(fc.boolean()),
  organizedCrime: maybe(fc.boolean()),
  federalTerritory: maybe(fc.boolean()),
  officialInvolved: maybe(fc.boolean()),
  suspectCount: maybe(fc.integer({ min: 0, max: 12 })),
  forms: maybe(fc.subarray([...PURPOSES])),
});

/** Each way of making a case federal. */
const trigger = fc.constantFrom<Partial<JurisdictionFacts>>(
  { transnational: true },
  { organizedCrime: true },
  { federalTerritory: true },
  { officialInvolved: true },
  { suspectCount: 3 },
  { suspectCount: 9 },
);

describe('decideJurisdiction: properties', () => {
  it('never turns a federal decision into a state one when a federal trigger is added', () => {
    fc.assert(
      fc.property(facts, trigger, (input, added) => {
        fc.pre(decideJurisdiction(input).decision === 'federal');
        expect(decideJurisdiction({ ...input, ...added }).decision).toBe('federal');
      }),
    );
  });

  it('makes any case federal once a federal trigger is true', () => {
    fc.assert(
      fc.property(facts, trigger, (input, added) => {
        expect(decideJurisdiction({ ...input, ...added }).decision).toBe('federal');
      }),
    );
  });

  it('never turns a federal decision into a state one when an unknown fact becomes known', () => {
    fc.assert(
      fc.property(facts, facts, (input, later) => {
        fc.pre(decideJurisdiction(input).decision === 'federal');
        const learned = Object.fromEntries(
          DECIDING_FACTS.map((fact) => [fact, input[fact] ?? later[fact]]),
        ) as JurisdictionFacts;
        expect(decideJurisdiction(learned).decision).toBe('federal');
      }),
    );
  });

  it('always fits the contract: a state decision is complete, an undetermined one says what is missing', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const decision = decideJurisdiction(input);
        expect(jurisdictionDecision.safeParse(decision).success).toBe(true);
        expect(decision.reasons.length).toBeGreaterThan(0);
        if (decision.decision === 'state') {
          expect(decision).toMatchObject({ authority: 'STATE_PROSECUTOR', missing: [], state: input.state });
        }
        if (decision.decision === 'undetermined') {
          expect(decision.authority).toBeNull();
          expect(decision.missing.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
