import { Badge, EmptyState, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClockIcon } from '../icons/ClockIcon.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import type { Module } from './modules.ts';

/** Holds a module's place in the frame until it is built; it shows no data, real or invented. */
export function ModulePlaceholderPage({ module }: { module: Module }) {
  const { t } = useTranslation(['web', 'common']);
  return (
    <Stack gap="xl">
      <PageHeading
        title={t(`common:modules.${module.key}`)}
        description={t(`modules.descriptions.${module.key}`)}
      />
      <Paper withBorder p="xl">
        <EmptyState
          icon={<ClockIcon />}
          withIndicatorBackground
          title={t('modules.comingSoonTitle')}
          description={t('modules.comingSoonDetail')}
        >
          <Badge variant="light" color="gray" mt="sm">
            {t('modules.comingSoon')}
          </Badge>
        </EmptyState>
      </Paper>
    </Stack>
  );
}
