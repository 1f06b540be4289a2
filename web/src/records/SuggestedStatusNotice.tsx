import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../src/modules/cases/schema.ts';
import { refuseStatusChange } from '../../../src/modules/cases/status-change.ts';
import { ApiError } from '../api/api-error.ts';
import { type CaseView, updateCase } from '../api/cases.ts';
import { StaleVersionAlert } from '../cases/StaleVersionAlert.tsx';
import { useCurrentUser } from '../session/session-context.ts';

type SuggestedStatusNoticeProps = {
  view: CaseView;
  suggested: CaseStatus | null;
  onCaseUpdated: (view: CaseView) => void;
};

/**
 * The legal track never moves the case's status by itself: when it has got ahead, the reader is told
 * and, if allowed, changes the status at the version on screen.
 */
export function SuggestedStatusNotice({ view, suggested, onCaseUpdated }: SuggestedStatusNoticeProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!suggested) return null;
  // The server's own rule: prosecutorial statuses are for prosecutors and supervisors.
  const mayApply =
    view.allowedActions.includes('case.update') &&
    refuseStatusChange(view.status, suggested, user.roles, undefined) === null;
  const apply = async () => {
    setFailure(null);
    setBusy(true);
    try {
      onCaseUpdated(await updateCase(view.id, view.version, { status: suggested }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const statuses = { status: t(`cases.statuses.${suggested}`), current: t(`cases.statuses.${view.status}`) };
  return (
    <Stack gap="xs">
      <Alert color="blue" variant="light" title={t('cases.legal.suggestedTitle')}>
        {t('cases.legal.suggested', statuses)}
      </Alert>
      <StaleVersionAlert error={failure} />
      {mayApply && (
        <Button variant="light" onClick={apply} loading={busy} w="fit-content">
          {t('cases.legal.applySuggestion', statuses)}
        </Button>
      )}
    </Stack>
  );
}
