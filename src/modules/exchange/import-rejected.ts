import { ProblemError } from '../../platform/http/problem.ts';
import type { Reject } from './read-bundle.ts';

/** A file with rejected lines: nothing was written; the problem lists every reject. */
export class ImportRejected extends ProblemError {
  constructor(readonly rejects: Reject[]) {
    super(422, 'import_rejected', { count: rejects.length });
  }
}
