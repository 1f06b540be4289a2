import { Alert, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { mayOnCase } from '../../../src/platform/access/case-access.ts';
import type { BreakGlassGrant } from '../api/cases.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { BreakGlassDialog } from './BreakGlassDialog.tsx';

type CaseUnavailableProps = { caseId: string; onGranted: (grant: BreakGlassGrant) => void };

/** Whether the case exists stays unsaid; only supervisors, who may break the glass, are offered it. */
export function CaseUnavailable({ caseId, onGranted }: CaseUnavailableProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [opened, dialog] = useDisclosure(false);
  if (!mayOnCase(user.roles, 'none', 'break_glass')) return <NotFoundPage />;
  return (
    <Stack gap="md">
      <PageHeading title={t('cases.breakGlass.title')} description={t('cases.breakGlass.intro')} />
      <Alert color="red" variant="light" title={t('cases.breakGlass.dialogTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">{t('cases.breakGlass.offer')}</Text>
          <Button color="red.9" onClick={dialog.open}>
            {t('cases.breakGlass.button')}
          </Button>
        </Stack>
      </Alert>
      <BreakGlassDialog caseId={caseId} opened={opened} onClose={dialog.close} onGranted={onGranted} />
    </Stack>
  );
}
