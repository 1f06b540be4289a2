import type { Problem } from '../../../src/contracts/system.ts';

/** A failed API call, always described as RFC 9457 problem details with a message for the reader. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}
