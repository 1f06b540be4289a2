import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fetchHealth } from '../api/system.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { StatusCard } from './StatusCard.tsx';

export function ServiceCard({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const query = useApiQuery(fetchHealth, refreshKey);
  return (
    <StatusCard title={t('system.service')} query={query} verdict={t('system.serviceOk')}>
      {() => <Text>{t('system.serviceOkDetail')}</Text>}
    </StatusCard>
  );
}
