import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';
import { screeningFacts } from '../contract.ts';
import { answerProblems, answersToFacts, instrumentAnswers } from './answers.ts';
import { findInstrument } from './catalog.ts';
import type { Answers, Instrument } from './types.ts';

function instrument(id: string): Instrument {
  const found = findInstrument(id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
}

/** Every yes/no question answered the way that shows nothing, then the given answers on top. */
function nothingShownExcept(form: Instrument, answers: Answers): Answers {
  const none = form.questions
    .filter((question) => question.kind === 'yes_no')
    .map((question) => [question.id, question.observedWhen === 'yes' ? 'no' : 'yes'] as const);
  return { ...Object.fromEntries(none), ...answers };
}

describe('answersToFacts', () => {
  it('leaves every element unknown when every question is skipped', () => {
    const form = instrument('migrants.short');
    const facts = answersToFacts(form, {});
    expect(screeningFacts.parse(facts)).toEqual(facts);
    expect(facts.unknown).toEqual(
      expect.arrayContaining(['age', 'acts', 'means', 'purposes', 'indicators', 'smuggling']),
    );
    expect(classify(facts).result).toBe('further_assessment');
  });

  it('turns a child lookout interview into a trafficking indication', () => {
    const form = instrument('children.short');
    const answers = nothingShownExcept(form, {
      'child.age': 15,
      'child.recruitment': 'yes',
      'child.forced_criminality': 'yes',
    });
    const result = classify(answersToFacts(form, answers));
    expect(result.result).toBe('trafficking_indicated');
    expect(result.reasons.map((reason) => reason.rule)).toContain('child_forced_criminality');
  });

  it('records a "no" to a question about freedom as the indicator it reveals', () => {
    const form = instrument('workers.short');
    const facts = answersToFacts(form, nothingShownExcept(form, { 'indicator.movement': 'no' }));
    expect(facts.indicators).toEqual(['ilo_restriction_of_movement']);
  });

  it('tells a smuggled migrant who was free on arrival from one later held for debt', () => {
    const form = instrument('migrants.long');
    const crossing = { age: 30, 'act.transportation': 'yes', 'smuggling.paid': 'yes' } as const;
    const smuggled = nothingShownExcept(form, { ...crossing, 'smuggling.free_on_arrival': 'yes' });
    expect(classify(answersToFacts(form, smuggled)).result).toBe('smuggling_indicated');
    const held = nothingShownExcept(form, {
      ...crossing,
      'smuggling.free_on_arrival': 'no',
      'indicator.debt': 'yes',
      'purpose.forced_labour': 'yes',
    });
    const result = classify(answersToFacts(form, held));
    expect(result.result).toBe('trafficking_indicated');
    expect(result.reasons.map((reason) => reason.rule)).toContain('smuggling_became_trafficking');
  });

  it('finds no trafficking for an adult sex worker nobody controls', () => {
    const form = instrument('people_in_prostitution.long');
    expect(classify(answersToFacts(form, nothingShownExcept(form, { age: 29 }))).result).toBe(
      'not_indicated',
    );
  });

  it('keeps an element shown by one answer even when another question about it was skipped', () => {
    const form = instrument('criminal_activity.short');
    const facts = answersToFacts(form, { 'means.threat': 'yes', 'means.force': 'skip' });
    expect(facts.means).toEqual(['threat']);
    expect(facts.unknown).toContain('means');
    expect(classify(facts).palermo.means).toBe(true);
  });

  it('rejects answers to unknown questions or of the wrong kind', () => {
    const form = instrument('workers.short');
    expect(answerProblems(form, { 'child.age': 12, age: 'yes', 'act.recruitment': 3 })).toHaveLength(3);
    expect(() => answersToFacts(form, { nonsense: 'yes' })).toThrow(/nonsense/);
    expect(instrumentAnswers.safeParse({ age: 'maybe' }).success).toBe(false);
    expect(instrumentAnswers.safeParse({ age: 40, 'act.recruitment': 'skip' }).success).toBe(true);
  });
});
