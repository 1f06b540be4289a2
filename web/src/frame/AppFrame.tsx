import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { Navigation } from './Navigation.tsx';
import { SkipLink } from './SkipLink.tsx';

const MAIN_CONTENT_ID = 'main-content';

export function AppFrame() {
  const [navigationOpen, navigation] = useDisclosure(false);
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
        padding={{ base: 'md', sm: 'xl' }}
        bg="gray.0"
      >
        <AppHeader navigationOpen={navigationOpen} onToggleNavigation={navigation.toggle} />
        <Navigation onNavigate={navigation.close} />
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
