import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type DirectoryProvider, updateProvider } from '../api/referrals.ts';
import { AppModal } from '../frame/AppModal.tsx';

type ContactDialogProps = { provider: DirectoryProvider | null; onClose: () => void; onSaved: () => void };

/** A provider keeps its institutional contact (a desk, never a person's) current. */
export function ContactDialog({ provider, onClose, onSaved }: ContactDialogProps) {
  const { t } = useTranslation();
  const [contact, setContact] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setContact(provider?.contact ?? '');
    setFailure(null);
  }, [provider]);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!provider) return;
    setFailure(null);
    setSaving(true);
    try {
      await updateProvider(provider, { contact: contact.trim() === '' ? null : contact });
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <AppModal opened={provider !== null} onClose={onClose} title={t('referrals.editor.contactTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <TextInput
            label={t('referrals.editor.contact')}
            description={t('referrals.editor.contactHint')}
            value={contact}
            onChange={(event) => setContact(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('referrals.refer.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('referrals.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
