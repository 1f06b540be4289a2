import { Button, Group, List, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING_STATUSES } from '../../../src/modules/referrals/vocabulary.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import {
  type DirectoryProvider,
  fetchMonitoring,
  type MonitoringUpdate,
  recordMonitoring,
} from '../api/referrals.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AppModal } from '../frame/AppModal.tsx';

type MonitoringDialogProps = {
  provider: DirectoryProvider | null;
  /** The reader's institution oversees providers (a commission's supervisor). */
  monitors: boolean;
  onClose: () => void;
  onSaved: () => void;
};

const RECORDABLE = MONITORING_STATUSES.filter((status) => status !== 'unmonitored');
const today = () => new Date().toISOString().slice(0, 10);

/** A provider's monitoring history, newest first; oversight bodies record a new visit, review or suspension. */
export function MonitoringDialog({ provider, monitors, onClose, onSaved }: MonitoringDialogProps) {
  const { t } = useTranslation();
  const providerId = provider?.id ?? null;
  const read = useCallback(
    () => (providerId ? fetchMonitoring(providerId) : Promise.resolve({ items: [] })),
    [providerId],
  );
  const history = useApiQuery(read, provider?.version ?? 0);
  const [status, setStatus] = useState<string | null>('visited');
  const [monitoredOn, setMonitoredOn] = useState(today());
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form starts afresh for each provider opened.
  useEffect(() => {
    setFailure(null);
    setMonitoredOn(today());
  }, [providerId]);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!provider) return;
    setFailure(null);
    setSaving(true);
    try {
      await recordMonitoring(provider, { status, monitoredOn } as MonitoringUpdate);
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <AppModal
      opened={provider !== null}
      onClose={onClose}
      title={t('referrals.monitoringDialog.title', { provider: provider?.agency.name ?? '' })}
      size="lg"
    >
      <Stack gap="md">
        <Title order={3} fz="h5">
          {t('referrals.monitoringDialog.history')}
        </Title>
        {history.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
        {history.status === 'failed' && <ProblemAlert error={history.error} />}
        {history.status === 'loaded' &&
          (history.data.items.length === 0 ? (
            <Text c="dimmed">{t('referrals.monitoringDialog.empty')}</Text>
          ) : (
            <List spacing="xs">
              {history.data.items.map((item) => (
                <List.Item key={`${item.recordedAt}-${item.status}`}>
                  {t('referrals.monitoringDialog.entry', {
                    status: t(`referrals.monitoring.${item.status}`),
                    date: item.monitoredOn,
                    agency: item.recordedBy,
                  })}
                </List.Item>
              ))}
            </List>
          ))}
        {monitors && (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <ProblemAlert error={failure} />
              <Group grow align="flex-start">
                <Select
                  label={t('referrals.monitoringDialog.status')}
                  data={RECORDABLE.map((value) => ({ value, label: t(`referrals.monitoring.${value}`) }))}
                  value={status}
                  onChange={setStatus}
                  allowDeselect={false}
                />
                <TextInput
                  type="date"
                  label={t('referrals.monitoringDialog.date')}
                  value={monitoredOn}
                  onChange={(event) => setMonitoredOn(event.currentTarget.value)}
                />
              </Group>
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('referrals.refer.cancel')}
                </Button>
                <Button type="submit" loading={saving}>
                  {t('referrals.monitoringDialog.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </AppModal>
  );
}
