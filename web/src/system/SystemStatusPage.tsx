import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../pages/PageHeading.tsx';
import { AboutCard } from './AboutCard.tsx';
import { DatabaseCard } from './DatabaseCard.tsx';
import { ServiceCard } from './ServiceCard.tsx';

export function SystemStatusPage() {
  const { t } = useTranslation();
  const [checkedAt, setCheckedAt] = useState(() => Date.now());
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <PageHeading title={t('system.title')} description={t('system.intro')} />
        <Button variant="default" onClick={() => setCheckedAt(Date.now())}>
          {t('system.refresh')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ServiceCard refreshKey={checkedAt} />
        <DatabaseCard refreshKey={checkedAt} />
      </SimpleGrid>
      <AboutCard refreshKey={checkedAt} />
    </Stack>
  );
}
