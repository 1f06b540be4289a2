import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlertList } from '../api/audit.ts';
import type { QueryState } from '../api/useApiQuery.ts';

export function UnacknowledgedCount({ query }: { query: QueryState<AlertList> }) {
  const { t } = useTranslation();
  if (query.status !== 'loaded') return null;
  const count = query.data.items.filter((alert) => alert.acknowledgedAt === null).length;
  if (count === 0) return null;
  return (
    <Badge color="red.9" variant="filled" size="sm">
      {t('audit.alerts.unacknowledgedCount', { count })}
    </Badge>
  );
}
