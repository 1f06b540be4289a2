import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';

/** The session may still be open on the server, so the reader must know signing out did not happen. */
export function SignOutFailedDialog({ error, onClose }: { error: ApiError | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={error !== null} onClose={onClose} title={t('userMenu.signOutFailed')} centered>
      <Text>{error?.problem.detail}</Text>
      <Group justify="flex-end" mt="lg">
        <Button onClick={onClose}>{t('close')}</Button>
      </Group>
    </Modal>
  );
}
