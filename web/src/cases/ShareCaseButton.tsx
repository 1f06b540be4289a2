import { Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareCaseDialog } from './ShareCaseDialog.tsx';

type ShareCaseButtonProps = { caseId: string; owningAgencyCode: string; onShared: () => void };

export function ShareCaseButton({ caseId, owningAgencyCode, onShared }: ShareCaseButtonProps) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const [sharedWith, setSharedWith] = useState('');
  return (
    <Group gap="sm">
      <Button onClick={dialog.open}>{t('cases.share.button')}</Button>
      <Text role="status" fz="sm">
        {sharedWith && t('cases.share.shared', { agency: sharedWith })}
      </Text>
      <ShareCaseDialog
        caseId={caseId}
        owningAgencyCode={owningAgencyCode}
        opened={opened}
        onClose={dialog.close}
        onShared={(agency) => {
          setSharedWith(agency);
          dialog.close();
          onShared();
        }}
      />
    </Group>
  );
}
