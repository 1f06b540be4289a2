import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { type ScreeningFacts, screeningFacts, screeningResult } from './contract.ts';
import { INDICATOR_CODES } from './indicators.ts';
import { SCREENING_RULES } from './reasons.ts';
import { ACTS, MEANS, PURPOSES, SCREENING_ELEMENTS } from './vocabulary.ts';

/** A list of observations, or null / absent for "not yet known". */
const list = <T extends string>(values: readonly T[]) =>
  fc.oneof(fc.constant(null), fc.constant(undefined), fc.subarray([...values]), fc.constant([] as T[]));

const facts: fc.Arbitrary<ScreeningFacts> = fc.record(
  {
    age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    acts: list(ACTS),
    means: list(MEANS),
    purposes: list(PURPOSES),
    indicators: list(INDICATOR_CODES),
    smuggling: fc.option(
      fc.record({
        paidToCrossBorder: fc.option(fc.boolean(), { nil: null }),
        freeToLeaveOnArrival: fc.option(fc.boolean(), { nil: null }),
      }),
      { nil: null },
    ),
    unknown: fc.subarray([...SCREENING_ELEMENTS]),
  },
  { requiredKeys: [] },
);

/** Reorders a list by the given keys and repeats some of its items. */
function shuffleAndRepeat<T>(
  values: readonly T[] | null | undefined,
  keys: number[],
): T[] | null | undefined {
  if (!values) return values;
  const keyed = values.map((value, index) => ({
    value,
    key: keys[index % Math.max(keys.length, 1)] ?? index,
  }));
  const shuffled = keyed.sort((a, b) => a.key - b.key).map(({ value }) => value);
  return [...shuffled, ...shuffled.filter((_, index) => (keys[index] ?? 0) % 2 === 0)];
}

const CONSENT_LIKE = ['consent', 'consented', 'victimConsent', 'agreed', 'voluntary', 'willing', 'accepted'];

describe('classify: properties', () => {
  it('never depends on the order of lists or on repeated items', () => {
    fc.assert(
      fc.property(facts, fc.array(fc.integer(), { maxLength: 12 }), (original, keys) => {
        const reordered: ScreeningFacts = {
          ...original,
          acts: shuffleAndRepeat(original.acts, keys),
          means: shuffleAndRepeat(original.means, keys),
          purposes: shuffleAndRepeat(original.purposes, keys),
          indicators: shuffleAndRepeat(original.indicators, keys),
          unknown: shuffleAndRepeat(original.unknown, keys),
        };
        expect(classify(reordered)).toEqual(classify(original));
      }),
    );
  });

  it('rejects any consent-like field, so consent can never reach the rules', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...CONSENT_LIKE), fc.jsonValue(), (valid, field, value) => {
        const parsed = screeningFacts.safeParse({ ...valid, [field]: value });
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
      }),
    );
  });

  it('rejects consent hidden inside the smuggling facts', () => {
    const parsed = screeningFacts.safeParse({ smuggling: { paidToCrossBorder: true, consented: true } });
    expect(parsed.success).toBe(false);
  });

  it('always returns a result that fits the contract, with known rules in both languages', () => {
    const known = new Set<string>(SCREENING_RULES.map((entry) => entry.rule));
    fc.assert(
      fc.property(facts, (input) => {
        const outcome = classify(input);
        expect(screeningResult.safeParse(outcome).success).toBe(true);
        expect(outcome.reasons.length).toBeGreaterThan(0);
        for (const reason of outcome.reasons) expect(known.has(reason.rule)).toBe(true);
        if (outcome.result === 'trafficking_indicated') {
          expect(outcome.reasons.map((reason) => reason.rule)).toContain('consent_irrelevant');
        }
      }),
    );
  });

  it('never withdraws a trafficking indication when the person turns out to be a child', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 17 }), (input, childAge) => {
        fc.pre(classify(input).result === 'trafficking_indicated');
        expect(classify({ ...input, age: childAge }).result).toBe('trafficking_indicated');
      }),
    );
  });
});
