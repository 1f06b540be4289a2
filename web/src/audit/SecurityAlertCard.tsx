import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecurityAlert } from '../api/audit.ts';
import { AlertFacts } from './AlertFacts.tsx';
import { AlertTrails } from './AlertTrails.tsx';

const KIND_COLOURS: Record<SecurityAlert['kind'], string> = {
  break_glass: 'red',
  identity_read_rate: 'orange',
  mfa_reset: 'grape',
};

/** An alert still waiting for an auditor is marked twice, by its badge and by a red edge, not by colour alone. */
export function SecurityAlertCard({ alert }: { alert: SecurityAlert }) {
  const { t } = useTranslation();
  const pending = alert.acknowledgedAt === null;
  return (
    <Card component="li" withBorder padding="lg" className={pending ? 'enlace-pending-alert' : undefined}>
      <Group gap="xs" mb="sm">
        <Badge color={KIND_COLOURS[alert.kind]} variant="dot" size="lg">
          {t(`audit.alerts.kinds.${alert.kind}`)}
        </Badge>
        <Badge color={pending ? 'red.9' : 'gray'} variant={pending ? 'filled' : 'light'} size="lg">
          {pending ? t('audit.alerts.unacknowledged') : t('audit.alerts.acknowledged')}
        </Badge>
      </Group>
      <Title order={2} fz="h4">
        {t(`audit.alerts.headlines.${alert.kind}`)}
      </Title>
      <Text c="dimmed" mt="xs" mb="md">
        {t(`audit.alerts.advice.${alert.kind}`)}
      </Text>
      <AlertFacts alert={alert} />
      <AlertTrails alert={alert} />
    </Card>
  );
}
