/**
 * A failure a use-case expects (not found, conflict, bad credentials). The HTTP layer turns it into
 * RFC 9457 problem+json; `code` is stable and selects the localized title and detail.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ProblemError';
  }
}

export const notFound = () => new ProblemError(404, 'not_found');
export const unauthenticated = () => new ProblemError(401, 'unauthenticated');

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const problemType = (code: string) => `urn:enlace:problem:${code.replaceAll('_', '-')}`;
