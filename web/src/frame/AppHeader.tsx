import { AppShell, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { Brand } from './Brand.tsx';
import { UserMenu } from './UserMenu.tsx';

type AppHeaderProps = { navigationOpen: boolean; onToggleNavigation: () => void };

export function AppHeader({ navigationOpen, onToggleNavigation }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <AppShell.Header className="enlace-header" withBorder={false}>
      <Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={navigationOpen}
            onClick={onToggleNavigation}
            hiddenFrom="sm"
            size="sm"
            color="white"
            aria-label={t('frame.toggleNavigation')}
            aria-expanded={navigationOpen}
            aria-controls="main-navigation"
          />
          <Brand />
        </Group>
        <Group gap="md" wrap="nowrap">
          <NotificationBell />
          <UserMenu />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
