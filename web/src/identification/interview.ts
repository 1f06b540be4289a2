import type { Answer, Answers } from '../../../src/modules/screening/instruments/types.ts';

/**
 * An interview in progress: the instrument's questions in order, the one being asked, and the answers
 * so far. `index` equal to the number of questions means every question has been gone through.
 */
export type Interview = { questionIds: readonly string[]; index: number; answers: Answers };

/** A fresh interview, or one resumed where it was left; answers to questions no longer asked are dropped. */
export function startInterview(
  questionIds: readonly string[],
  resumed?: { index: number; answers: Answers },
): Interview {
  if (!resumed) return { questionIds, index: 0, answers: {} };
  const answers = Object.fromEntries(
    Object.entries(resumed.answers).filter(([questionId]) => questionIds.includes(questionId)),
  );
  const index = Math.min(Math.max(resumed.index, 0), questionIds.length);
  return { questionIds, index, answers };
}

export function currentQuestionId(interview: Interview): string | undefined {
  return interview.questionIds[interview.index];
}

export function isComplete(interview: Interview): boolean {
  return interview.index >= interview.questionIds.length;
}

/** Records the answer to the question being asked and moves to the next one. */
export function answerCurrent(interview: Interview, answer: Answer): Interview {
  const questionId = currentQuestionId(interview);
  if (questionId === undefined) return interview;
  return {
    ...interview,
    index: interview.index + 1,
    answers: { ...interview.answers, [questionId]: answer },
  };
}

/** One question back, keeping every answer so that it shows again. */
export function goBack(interview: Interview): Interview {
  return { ...interview, index: Math.max(interview.index - 1, 0) };
}

/** "Question `position` of `total`", counted from one; once complete it stays on the last question. */
export function progress(interview: Interview): { position: number; total: number } {
  const total = interview.questionIds.length;
  return { position: Math.min(interview.index + 1, total), total };
}

export function answeredCount(interview: Interview): number {
  return interview.questionIds.filter((questionId) => interview.answers[questionId] !== undefined).length;
}
