import { useTranslation } from 'react-i18next';
import { fetchReadiness } from '../api/system.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { DetailList } from './DetailList.tsx';
import { StatusCard } from './StatusCard.tsx';

export function DatabaseCard({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const query = useApiQuery(fetchReadiness, refreshKey);
  return (
    <StatusCard title={t('system.database')} query={query} verdict={t('system.databaseReady')}>
      {(readiness) => (
        <DetailList
          details={[
            { label: t('system.migrationsApplied'), value: String(readiness.migrations.applied) },
            { label: t('system.migrationsPending'), value: String(readiness.migrations.pending) },
          ]}
        />
      )}
    </StatusCard>
  );
}
