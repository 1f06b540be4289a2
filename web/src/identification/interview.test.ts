import { describe, expect, it } from 'vitest';
import {
  answerCurrent,
  answeredCount,
  currentQuestionId,
  goBack,
  isComplete,
  progress,
  startInterview,
} from './interview.ts';

const QUESTIONS = ['child.age', 'child.recruitment', 'child.sexual_exploitation'];

describe('an interview', () => {
  it('asks one question at a time and counts progress from one', () => {
    let interview = startInterview(QUESTIONS);
    expect(currentQuestionId(interview)).toBe('child.age');
    expect(progress(interview)).toEqual({ position: 1, total: 3 });
    interview = answerCurrent(interview, 16);
    expect(currentQuestionId(interview)).toBe('child.recruitment');
    expect(progress(interview)).toEqual({ position: 2, total: 3 });
    expect(interview.answers).toEqual({ 'child.age': 16 });
  });

  it('records a skipped question as skip, so that it stays unknown', () => {
    const interview = answerCurrent(startInterview(QUESTIONS), 'skip');
    expect(interview.answers).toEqual({ 'child.age': 'skip' });
    expect(answeredCount(interview)).toBe(1);
  });

  it('goes back keeping the answers, and a new answer replaces the old one', () => {
    let interview = answerCurrent(answerCurrent(startInterview(QUESTIONS), 16), 'yes');
    interview = goBack(interview);
    expect(currentQuestionId(interview)).toBe('child.recruitment');
    expect(interview.answers['child.recruitment']).toBe('yes');
    interview = answerCurrent(interview, 'no');
    expect(interview.answers).toEqual({ 'child.age': 16, 'child.recruitment': 'no' });
  });

  it('never goes back before the first question', () => {
    expect(goBack(startInterview(QUESTIONS)).index).toBe(0);
  });

  it('is complete after the last answer, still showing the last position', () => {
    let interview = startInterview(QUESTIONS);
    for (const answer of [16, 'yes', 'yes'] as const) interview = answerCurrent(interview, answer);
    expect(isComplete(interview)).toBe(true);
    expect(currentQuestionId(interview)).toBeUndefined();
    expect(progress(interview)).toEqual({ position: 3, total: 3 });
    expect(answerCurrent(interview, 'no')).toBe(interview);
  });

  it('resumes where it was left, dropping answers to questions the instrument no longer asks', () => {
    const interview = startInterview(QUESTIONS, {
      index: 2,
      answers: { 'child.age': 16, 'child.recruitment': 'yes', 'child.removed': 'no' },
    });
    expect(currentQuestionId(interview)).toBe('child.sexual_exploitation');
    expect(interview.answers).toEqual({ 'child.age': 16, 'child.recruitment': 'yes' });
    expect(startInterview(QUESTIONS, { index: 99, answers: {} }).index).toBe(3);
  });
});
