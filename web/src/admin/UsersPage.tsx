import { Alert, Button, Group, Loader, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchManagedUsers, type ManagedUser } from '../api/admin.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { EditRolesDialog } from './EditRolesDialog.tsx';
import { ResetMfaDialog } from './ResetMfaDialog.tsx';
import { UsersTable } from './UsersTable.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const [changedAt, setChangedAt] = useState(0);
  const users = useApiQuery(fetchManagedUsers, changedAt);
  const [creating, createDialog] = useDisclosure(false);
  const [editing, setEditing] = useState<ManagedUser | null>(null);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);
  const [notice, setNotice] = useState('');
  const changed = (message: string) => {
    setNotice(message);
    setChangedAt(Date.now());
  };
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('admin.users.title')} description={t('admin.users.intro')} />
        <Button onClick={createDialog.open}>{t('admin.users.create')}</Button>
      </Group>
      <div role="status">
        {notice && (
          <Alert color="green" variant="light">
            {notice}
          </Alert>
        )}
      </div>
      {users.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {users.status === 'failed' && <ProblemAlert error={users.error} />}
      {users.status === 'loaded' && (
        <Paper withBorder>
          <UsersTable
            users={users.data}
            onEditRoles={setEditing}
            onResetMfa={setResetting}
            onChanged={(user) => changed(t('admin.users.updated', { username: user.username }))}
          />
        </Paper>
      )}
      <CreateUserDialog
        opened={creating}
        onClose={createDialog.close}
        onCreated={(user) => {
          createDialog.close();
          changed(t('admin.users.createdNotice', { username: user.username }));
        }}
      />
      <EditRolesDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          setEditing(null);
          changed(t('admin.users.updated', { username: user.username }));
        }}
      />
      <ResetMfaDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onReset={(user) => {
          setResetting(null);
          changed(t('admin.users.mfaResetNotice', { username: user.username }));
        }}
      />
    </Stack>
  );
}
