import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';

/**
 * A failed write. When someone else changed the record first, the reader is offered a reload rather than
 * a retry that would overwrite the other person's work.
 */
export function StaleVersionAlert({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Stack gap="xs">
      <ProblemAlert error={error} />
      {error.problem.code === 'version_conflict' && (
        <Button variant="light" onClick={() => window.location.reload()}>
          {t('cases.status.reload')}
        </Button>
      )}
    </Stack>
  );
}
