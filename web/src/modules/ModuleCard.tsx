import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Module } from './modules.ts';

export function ModuleCard({ module }: { module: Module }) {
  const { t } = useTranslation(['web', 'common']);
  return (
    <Card withBorder padding="lg" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={2} fz="h4">
          <Anchor component={Link} to={module.path} inherit>
            {t(`common:modules.${module.key}`)}
          </Anchor>
        </Title>
        {!module.available && (
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t('modules.comingSoon')}
          </Badge>
        )}
      </Group>
      <Text c="dimmed" fz="sm" mt="xs">
        {t(`modules.descriptions.${module.key}`)}
      </Text>
    </Card>
  );
}
