import type { CaseFileGroup } from '../api/case-files.ts';
import type { CaseView } from '../api/cases.ts';

const CHOICES: readonly CaseFileGroup[] = ['needs', 'identity', 'investigation'];

/** The groups an author may give a note or a file: only those they may read themselves. */
export const groupChoices = (view: CaseView): CaseFileGroup[] =>
  CHOICES.filter((group) => view.visibleGroups.includes(group));
