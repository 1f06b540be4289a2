import { useEffect, useState } from 'react';
import { ApiError } from './api-error.ts';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: ApiError };

type KeyedState<T> = { key: unknown; read: unknown; state: QueryState<T> };

const LOADING = { status: 'loading' } as const;

/**
 * Runs a read once per `refreshKey` and ignores answers that arrive after the page moved on.
 * The answer is kept with the key it was read for: in the render where the key has changed but the
 * effect has not yet run, the previous answer would otherwise be shown under the new key (page 2's
 * label over page 1's rows).
 */
export function useApiQuery<T>(read: () => Promise<T>, refreshKey: unknown): QueryState<T> {
  const [answer, setAnswer] = useState<KeyedState<T>>({ key: refreshKey, read, state: LOADING });
  useEffect(() => {
    let current = true;
    const settle = (state: QueryState<T>) => current && setAnswer({ key: refreshKey, read, state });
    settle(LOADING);
    read().then(
      (data) => settle({ status: 'loaded', data }),
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        settle({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [read, refreshKey]);
  const isForThisRead = Object.is(answer.key, refreshKey) && answer.read === read;
  return isForThisRead ? answer.state : LOADING;
}
