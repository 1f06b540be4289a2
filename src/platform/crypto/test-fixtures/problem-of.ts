import { CryptoProblem } from '../crypto-problem.ts';

/** The CryptoProblem an action throws; any other outcome fails the test. */
export function problemOf(action: () => unknown): CryptoProblem {
  try {
    action();
  } catch (error) {
    if (error instanceof CryptoProblem) return error;
    throw error;
  }
  throw new Error('expected a CryptoProblem, but nothing was thrown');
}

export async function asyncProblemOf(action: () => Promise<unknown>): Promise<CryptoProblem> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CryptoProblem) return error;
    throw error;
  }
  throw new Error('expected a CryptoProblem, but nothing was thrown');
}
