import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ChevronDownIcon } from '../icons/ChevronDownIcon.tsx';
import { useCurrentUser, useSession } from '../session/session-context.ts';
import { initialsOf } from './initials.ts';
import { LanguageMenuItems } from './LanguageMenuItems.tsx';
import { SignOutFailedDialog } from './SignOutFailedDialog.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const user = useCurrentUser();
  const [signOutError, setSignOutError] = useState<ApiError | null>(null);

  const handleSignOut = () => {
    signOut().catch((error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      setSignOutError(error);
    });
  };

  return (
    <>
      {/*
        Kept inside the header landmark instead of a portal, and without Mantine's role="presentation"
        focus placeholder, which is not an allowed child of role="menu": both keep axe clean.
      */}
      <Menu
        position="bottom-end"
        width={260}
        shadow="md"
        withinPortal={false}
        withInitialFocusPlaceholder={false}
      >
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu.open', { name: user.displayName })} c="white">
            <Group gap="xs" wrap="nowrap">
              <Avatar color="guinda" size="sm" variant="white" aria-hidden="true">
                {initialsOf(user.displayName)}
              </Avatar>
              <Text fz="sm" fw={500} visibleFrom="xs">
                {user.displayName}
              </Text>
              <ChevronDownIcon />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('userMenu.signedInAs', { username: user.username })}</Menu.Label>
          <Menu.Divider />
          <LanguageMenuItems />
          <Menu.Divider />
          <Menu.Item onClick={handleSignOut}>{t('userMenu.signOut')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutFailedDialog error={signOutError} onClose={() => setSignOutError(null)} />
    </>
  );
}
