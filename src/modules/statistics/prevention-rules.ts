import { type FieldIssue, issue } from '../case-records/field-issues.ts';
import type { ActivityLanguage } from './prevention-vocabulary.ts';

/**
 * What a prevention activity must satisfy beyond each field's own form. A language named twice would
 * count the campaign twice in the breakdown by language.
 */
export function preventionIssues(activity: {
  languages?: readonly ActivityLanguage[] | undefined;
}): FieldIssue[] {
  const languages = activity.languages ?? [];
  return new Set(languages).size === languages.length ? [] : [issue('languages', 'languages_repeated')];
}
