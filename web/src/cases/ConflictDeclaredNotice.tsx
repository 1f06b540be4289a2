import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { CasesNotice } from './ConflictOfInterestButton.tsx';

/** Said once on the list, where the reader lands after stepping away from a case. */
export function ConflictDeclaredNotice() {
  const { t } = useTranslation();
  const notice = useLocation().state as CasesNotice | null;
  if (!notice?.conflictDeclared) return null;
  return (
    <Alert color="blue" variant="light" role="status">
      {t('cases.conflict.declared')}
    </Alert>
  );
}
