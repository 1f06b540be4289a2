import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src/platform/access/roles.ts';
import { type ManagedUser, updateManagedUserAccount } from '../api/admin.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

type EditRolesDialogProps = {
  user: ManagedUser | null;
  onClose: () => void;
  onSaved: (user: ManagedUser) => void;
};

/** Saving ends the account's sessions at once (the server does it); the dialog says so before. */
export function EditRolesDialog({ user, onClose, onSaved }: EditRolesDialogProps) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  useEffect(() => {
    setRoles(user?.roles ?? []);
    setFailure(null);
  }, [user]);
  const save = async () => {
    if (!user) return;
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await updateManagedUserAccount(user.id, { roles }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={t('admin.editRoles.title', { username: user?.username ?? '' })}
      size="lg"
    >
      <Stack gap="md">
        <Alert color="orange" variant="light">
          {t('admin.editRoles.warning')}
        </Alert>
        <ProblemAlert error={failure} />
        <RoleCheckboxes label={t('admin.editRoles.roles')} value={roles} onChange={setRoles} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.editRoles.cancel')}
          </Button>
          <Button loading={busy} onClick={save}>
            {t('admin.editRoles.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
