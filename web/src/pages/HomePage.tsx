import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModuleCard } from '../modules/ModuleCard.tsx';
import { MODULES } from '../modules/modules.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { PageHeading } from './PageHeading.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Stack gap="xl">
      <PageHeading title={t('home.title')} description={t('home.welcome', { name: user.displayName })} />
      <SimpleGrid component="ul" cols={{ base: 1, md: 2, xl: 3 }} className="enlace-plain-list">
        {MODULES.map((module) => (
          <ModuleCard key={module.key} module={module} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
