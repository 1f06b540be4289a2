import { EmptyState, Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useAlertsQuery } from './alerts-context.ts';
import { SecurityAlertCard } from './SecurityAlertCard.tsx';

export function SecurityAlertsView() {
  const { t } = useTranslation();
  const query = useAlertsQuery();
  if (query.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (query.status === 'failed') {
    return <ProblemAlert error={query.error} />;
  }
  // The API already sorts this way; the page keeps the promise even if that order ever changes.
  const alerts = [
    ...query.data.items.filter((alert) => alert.acknowledgedAt === null),
    ...query.data.items.filter((alert) => alert.acknowledgedAt !== null),
  ];
  if (alerts.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t('audit.alerts.emptyTitle')} description={t('audit.alerts.empty')} />
      </Paper>
    );
  }
  return (
    <Stack component="ul" aria-label={t('audit.alerts.list')} className="enlace-plain-list" gap="md">
      {alerts.map((alert) => (
        <SecurityAlertCard key={alert.id} alert={alert} />
      ))}
    </Stack>
  );
}
