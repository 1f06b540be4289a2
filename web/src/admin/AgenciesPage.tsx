import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencySummary, fetchAllAgencies } from '../api/agencies.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { AgenciesTable } from './AgenciesTable.tsx';
import { AgencyFiltersForm } from './AgencyFiltersForm.tsx';
import { AgencyStatusDialog } from './AgencyStatusDialog.tsx';
import { filterAgencies, NO_AGENCY_FILTERS } from './agency-filters.ts';
import { CreateAgencyDialog } from './CreateAgencyDialog.tsx';

export function AgenciesPage() {
  const { t } = useTranslation();
  const [changedAt, setChangedAt] = useState(0);
  const agencies = useApiQuery(fetchAllAgencies, changedAt);
  const [filters, setFilters] = useState(NO_AGENCY_FILTERS);
  const [creating, createDialog] = useDisclosure(false);
  const [notice, setNotice] = useState('');
  const [changingStatus, setChangingStatus] = useState<AgencySummary | null>(null);
  const shown = agencies.status === 'loaded' ? filterAgencies(agencies.data, filters) : [];
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('admin.agencies.title')} description={t('admin.agencies.intro')} />
        <Button onClick={createDialog.open}>{t('admin.agencies.create')}</Button>
      </Group>
      <div role="status">
        {notice && (
          <Alert color="green" variant="light">
            {notice}
          </Alert>
        )}
      </div>
      <AgencyFiltersForm filters={filters} onApply={setFilters} />
      {agencies.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {agencies.status === 'failed' && <ProblemAlert error={agencies.error} />}
      {agencies.status === 'loaded' && (
        <Paper withBorder>
          <AgenciesTable agencies={shown} onChangeStatus={setChangingStatus} />
          {shown.length === 0 && (
            <Text p="md" c="dimmed">
              {t('admin.agencies.noMatches')}
            </Text>
          )}
        </Paper>
      )}
      <CreateAgencyDialog
        opened={creating}
        onClose={createDialog.close}
        onCreated={(code) => {
          createDialog.close();
          setNotice(t('admin.agencies.createdNotice', { code }));
          setChangedAt(Date.now());
        }}
      />
      <AgencyStatusDialog
        agency={changingStatus}
        onClose={() => setChangingStatus(null)}
        onStale={() => setChangedAt(Date.now())}
        onChanged={(agency) => {
          setChangingStatus(null);
          setNotice(
            t(agency.disabled ? 'admin.agencies.suspendedNotice' : 'admin.agencies.reinstatedNotice', {
              code: agency.code,
            }),
          );
          setChangedAt(Date.now());
        }}
      />
    </Stack>
  );
}
