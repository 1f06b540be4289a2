import { ProblemError } from '../../platform/http/problem.ts';
import type { ScreeningFacts } from './contract.ts';
import { answerProblems, answersToFacts } from './instruments/answers.ts';
import { findInstrument } from './instruments/catalog.ts';
import type { Answers, Instrument } from './instruments/types.ts';

/** The instrument a request names, or a problem naming it: 404 when it is the path, 400 in a body. */
export function requireInstrument(id: string, status: 400 | 404): Instrument {
  const instrument = findInstrument(id);
  if (!instrument) throw new ProblemError(status, 'unknown_instrument');
  return instrument;
}

/** An interview's answers as classifier facts, or 400 naming every answer that does not fit. */
export function factsFromAnswers(instrument: Instrument, answers: Answers): ScreeningFacts {
  const problems = answerProblems(instrument, answers);
  if (problems.length > 0) throw new ProblemError(400, 'invalid_answers', { problems: problems.join('; ') });
  return answersToFacts(instrument, answers);
}
