import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mayOnCase } from '../../../src/platform/access/case-access.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { casePath } from './case-search.ts';
import { OpenCaseDialog } from './OpenCaseDialog.tsx';

/** Offered to the roles that work cases, the same rule the API applies when a case is opened. */
export function OpenCaseButton() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  if (!mayOnCase(user.roles, 'owner', 'case.update')) return null;
  return (
    <>
      <Button onClick={dialog.open}>{t('cases.open.button')}</Button>
      <OpenCaseDialog opened={opened} onClose={dialog.close} onOpened={(id) => navigate(casePath(id))} />
    </>
  );
}
