import { z } from 'zod';

/**
 * One field that breaks a rule: `key` names the sentence in problems.json (`field.<key>`). Pure rules
 * return these, so the same rule validates a request's body and, on update, the record it would leave.
 */
export type FieldIssue = { path: string; key: string };

/** Adds a rule's issues to a zod refinement, each on its own field. */
export function reportIssues(issues: readonly FieldIssue[], context: z.RefinementCtx): void {
  for (const issue of issues) {
    context.addIssue({ code: 'custom', path: [issue.path], message: issue.key, params: { key: issue.key } });
  }
}

/** The error a use-case throws for input that disagrees with the case: 400, one message per field. */
export const fieldError = (issues: readonly FieldIssue[]): z.ZodError =>
  new z.ZodError(
    issues.map((found) => ({
      code: 'custom' as const,
      path: [found.path],
      message: found.key,
      params: { key: found.key },
      input: undefined,
    })),
  );

/**
 * Throws when a rule found issues in what a use-case was about to write: the error handler answers
 * 400 with one localized message per field, as it does for a body the route's schema refused.
 */
export function refuseIssues(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) throw fieldError(issues);
}

export const issue = (path: string, key: string): FieldIssue => ({ path, key });
