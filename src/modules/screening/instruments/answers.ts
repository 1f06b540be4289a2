import { z } from 'zod';
import type { ScreeningFacts } from '../contract.ts';
import type { ScreeningElement } from '../vocabulary.ts';
import type { Answer, Answers, Instrument, Question } from './types.ts';

/** Answers keyed by question id, for the HTTP layer to validate before calling answersToFacts. */
export const instrumentAnswers = z.record(
  z.string(),
  z.union([z.enum(['yes', 'no', 'skip']), z.number().int().min(0).max(130)]),
);

function isSkipped(answer: Answer | undefined): boolean {
  return answer === undefined || answer === 'skip';
}

/** Answers that do not fit the instrument: unknown question ids, or an answer of the wrong kind. */
export function answerProblems(instrument: Instrument, answers: Answers): string[] {
  const byId = new Map(instrument.questions.map((question) => [question.id, question]));
  return Object.entries(answers).flatMap(([id, answer]) => {
    const question = byId.get(id);
    if (!question) return [`${id}: not a question of ${instrument.id}`];
    if (answer === 'skip') return [];
    const fits = question.kind === 'age' ? typeof answer === 'number' : answer === 'yes' || answer === 'no';
    return fits ? [] : [`${id}: answer ${JSON.stringify(answer)} does not fit a ${question.kind} question`];
  });
}

/**
 * Turns an interview into classifier facts. A skipped question leaves its element unknown unless
 * another answer already showed it; an element the instrument never asks about is unknown.
 */
export function answersToFacts(instrument: Instrument, answers: Answers): ScreeningFacts {
  const problems = answerProblems(instrument, answers);
  if (problems.length > 0) throw new Error(`Answers do not fit ${instrument.id}: ${problems.join('; ')}`);
  const unknown = new Set<ScreeningElement>();
  const covers = (element: ScreeningElement): boolean => {
    const questions = instrument.questions.filter((question) => question.target.fact === element);
    const skipped = questions.some((question) => isSkipped(answers[question.id]));
    if (questions.length === 0 || skipped) unknown.add(element);
    return questions.length > 0;
  };
  const shown = instrument.questions
    .filter((question) => question.kind === 'yes_no' && answers[question.id] === question.observedWhen)
    .map((question) => question.target);
  const facts: ScreeningFacts = {};
  const age = instrument.questions.find((question) => question.kind === 'age');
  const ageAnswer = age ? answers[age.id] : undefined;
  if (covers('age') && typeof ageAnswer === 'number') facts.age = ageAnswer;
  if (covers('acts')) facts.acts = shown.flatMap((target) => (target.fact === 'acts' ? [target.value] : []));
  if (covers('means')) {
    facts.means = shown.flatMap((target) => (target.fact === 'means' ? [target.value] : []));
  }
  if (covers('purposes')) {
    facts.purposes = shown.flatMap((target) => (target.fact === 'purposes' ? [target.value] : []));
  }
  if (covers('indicators')) {
    facts.indicators = shown.flatMap((target) => (target.fact === 'indicators' ? [target.value] : []));
  }
  if (covers('smuggling')) facts.smuggling = crossingFacts(instrument.questions, answers);
  facts.unknown = [...unknown];
  return facts;
}

function crossingFacts(
  questions: readonly Question[],
  answers: Answers,
): NonNullable<ScreeningFacts['smuggling']> {
  const smuggling: NonNullable<ScreeningFacts['smuggling']> = {};
  for (const question of questions) {
    if (question.target.fact !== 'smuggling') continue;
    const answer = answers[question.id];
    smuggling[question.target.field] = answer === 'yes' ? true : answer === 'no' ? false : null;
  }
  return smuggling;
}
