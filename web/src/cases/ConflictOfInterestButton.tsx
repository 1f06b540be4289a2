import { Alert, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { declareConflict } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { CASES_PATH } from './case-search.ts';

export type CasesNotice = { conflictDeclared?: boolean };

/** Walls the reader off from the case at once, so the page leaves it: there is nothing left to show. */
export function ConflictOfInterestButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const close = () => {
    setFailure(null);
    dialog.close();
  };
  const declare = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await declareConflict(caseId);
      const notice: CasesNotice = { conflictDeclared: true };
      navigate(CASES_PATH, { replace: true, state: notice });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" onClick={dialog.open}>
        {t('cases.conflict.button')}
      </Button>
      <AppModal opened={opened} onClose={close} title={t('cases.conflict.title')}>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            {t('cases.conflict.warning')}
          </Alert>
          <ProblemAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('cases.conflict.cancel')}
            </Button>
            <Button color="red.9" loading={busy} onClick={declare}>
              {t('cases.conflict.confirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
