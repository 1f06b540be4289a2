import { Badge, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ManagedUser, updateManagedUserAccount } from '../api/admin.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useCurrentUser } from '../session/session-context.ts';

type UserRowProps = {
  user: ManagedUser;
  onEditRoles: () => void;
  onResetMfa: () => void;
  onChanged: (user: ManagedUser) => void;
};

export function UserRow({ user, onEditRoles, onResetMfa, onChanged }: UserRowProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const toggle = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await updateManagedUserAccount(user.id, { disabled: !user.disabled }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const names = { username: user.username };
  return (
    <Table.Tr>
      <Table.Th scope="row" ff="monospace" fw={500}>
        {user.username}
      </Table.Th>
      <Table.Td>{user.displayName}</Table.Td>
      <Table.Td title={user.agency.name}>{user.agency.code}</Table.Td>
      <Table.Td>
        {user.roles.length > 0
          ? user.roles.map((role) => t(`roles.${role}`)).join(', ')
          : t('admin.users.noRoles')}
      </Table.Td>
      <Table.Td>{user.mfaEnrolled ? t('admin.users.mfaOn') : t('admin.users.mfaOff')}</Table.Td>
      <Table.Td>
        <Badge variant={user.disabled ? 'filled' : 'light'} color={user.disabled ? 'red.9' : 'gray'}>
          {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="light"
            size="compact-sm"
            aria-label={t('admin.users.changeRolesLabel', names)}
            onClick={onEditRoles}
          >
            {t('admin.users.changeRoles')}
          </Button>
          {user.mfaEnrolled && user.id !== me.id && (
            <Button
              variant="default"
              size="compact-sm"
              aria-label={t('admin.users.resetMfaLabel', names)}
              onClick={onResetMfa}
            >
              {t('admin.users.resetMfa')}
            </Button>
          )}
          {user.id !== me.id && (
            <Button
              variant="default"
              size="compact-sm"
              loading={busy}
              aria-label={t(user.disabled ? 'admin.users.enableLabel' : 'admin.users.disableLabel', names)}
              onClick={toggle}
            >
              {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </Button>
          )}
        </Group>
        <ProblemAlert error={failure} />
      </Table.Td>
    </Table.Tr>
  );
}
