import { useEffect, useState } from 'react';
import { ApiError } from './api-error.ts';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: ApiError };

/** Runs a read once per `refreshKey` and ignores answers that arrive after the page moved on. */
export function useApiQuery<T>(read: () => Promise<T>, refreshKey: unknown): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey exists to trigger the read again.
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    read().then(
      (data) => current && setState({ status: 'loaded', data }),
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        if (current) setState({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [read, refreshKey]);
  return state;
}
