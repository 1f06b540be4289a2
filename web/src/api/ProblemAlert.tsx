import { Alert } from '@mantine/core';
import type { ApiError } from './api-error.ts';

/** A failed call as the reader sees it: the problem's title and detail, announced by screen readers. */
export function ProblemAlert({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={error.problem.title} role="alert">
      {error.problem.detail}
    </Alert>
  );
}
