import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPersonDialog } from './AddPersonDialog.tsx';

export function AddPersonButton({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const [added, setAdded] = useState(false);
  return (
    <>
      <Text role="status" fz="sm" ml="auto">
        {added && t('cases.addPerson.added')}
      </Text>
      <Button onClick={dialog.open}>{t('cases.addPerson.button')}</Button>
      <AddPersonDialog
        caseId={caseId}
        opened={opened}
        onClose={dialog.close}
        onAdded={() => {
          setAdded(true);
          dialog.close();
          onAdded();
        }}
      />
    </>
  );
}
