import type { InstrumentDetail } from '../api/screening.ts';
import { type Interview, isComplete } from './interview.ts';
import type { DraftKey } from './screening-draft.ts';

/** Who is interviewed with what: the person by their number in the case, never by name. */
export type ScreeningTarget = { key: DraftKey; number: number; instrument: InstrumentDetail };

export type ScreeningStage =
  | { name: 'setup'; returned: boolean }
  | { name: 'introduction'; target: ScreeningTarget; interview: Interview }
  | { name: 'question'; target: ScreeningTarget; interview: Interview }
  | { name: 'result'; target: ScreeningTarget; interview: Interview };

/** Where an interview stands: a question still to answer, or the result once every one was gone through. */
export function interviewStage(target: ScreeningTarget, interview: Interview): ScreeningStage {
  return isComplete(interview)
    ? { name: 'result', target, interview }
    : { name: 'question', target, interview };
}
