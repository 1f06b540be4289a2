import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/cases.ts';
import { ChangeStatusDialog } from './ChangeStatusDialog.tsx';

export function ChangeStatusButton({
  view,
  onChanged,
}: {
  view: CaseView;
  onChanged: (view: CaseView) => void;
}) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={dialog.open}>
        {t('cases.status.button')}
      </Button>
      <ChangeStatusDialog
        key={view.version}
        view={view}
        opened={opened}
        onClose={dialog.close}
        onChanged={(changed) => {
          dialog.close();
          onChanged(changed);
        }}
      />
    </>
  );
}
