import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api/admin.ts';
import { UserRow } from './UserRow.tsx';

type UsersTableProps = {
  users: ManagedUser[];
  onEditRoles: (user: ManagedUser) => void;
  onResetMfa: (user: ManagedUser) => void;
  onChanged: (user: ManagedUser) => void;
};

export function UsersTable({ users, onEditRoles, onResetMfa, onChanged }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('admin.users.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.users.username')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.agency')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.mfa')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.state')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              onEditRoles={() => onEditRoles(user)}
              onResetMfa={() => onResetMfa(user)}
              onChanged={onChanged}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
