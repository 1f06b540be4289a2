import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_TYPES } from '../../../src/modules/referrals/vocabulary.ts';
import { fetchAgencyDirectory } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type DirectoryProvider, fetchDirectory, registerProvider } from '../api/referrals.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { STATE_OPTIONS } from '../cases/state-options.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { ContactDialog } from './ContactDialog.tsx';
import { MonitoringDialog } from './MonitoringDialog.tsx';
import { PlacesDialog } from './PlacesDialog.tsx';
import { ProviderCard } from './ProviderCard.tsx';
import { ServiceDialog, type ServiceTarget } from './ServiceDialog.tsx';

const OVERSIGHT_BODIES = ['interagency_commission', 'human_rights_commission'];

/** Every provider with its monitoring status and services, narrowed by state and kind of service. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<string | null>(null);
  const [serviceType, setServiceType] = useState<string | null>(null);
  const read = useCallback(
    () => fetchDirectory({ ...(state ? { state } : {}), ...(serviceType ? { serviceType } : {}) }),
    [state, serviceType],
  );
  const [savedAt, setSavedAt] = useState(0);
  const directory = useApiQuery(read, savedAt);
  const user = useCurrentUser();
  const editor = user.roles.includes('supervisor') || user.roles.includes('administrator');
  const agencies = useApiQuery(fetchAgencyDirectory, null);
  const ownType =
    agencies.status === 'loaded'
      ? agencies.data.items.find((agency) => agency.id === user.agency.id)?.agencyType
      : undefined;
  const monitors = user.roles.includes('supervisor') && OVERSIGHT_BODIES.includes(ownType ?? '');
  const [editing, setEditing] = useState<ServiceTarget | null>(null);
  const [contactOf, setContactOf] = useState<DirectoryProvider | null>(null);
  const [monitoringOf, setMonitoringOf] = useState<DirectoryProvider | null>(null);
  const [placing, setPlacing] = useState<DirectoryProvider['services'][number] | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const saved = (message: string) => {
    setEditing(null);
    setPlacing(null);
    setContactOf(null);
    setMonitoringOf(null);
    setNotice(message);
    setSavedAt(Date.now());
  };
  const register = async () => {
    setFailure(null);
    try {
      await registerProvider();
      saved(t('referrals.editor.registered'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  };
  const unlisted =
    editor &&
    !state &&
    !serviceType &&
    directory.status === 'loaded' &&
    !directory.data.some((entry) => entry.agency.id === user.agency.id);
  return (
    <Stack gap="xl">
      <PageHeading title={t('referrals.directory.title')} description={t('referrals.directory.intro')} />
      <Text role="status">{notice}</Text>
      <ProblemAlert error={failure} />
      {unlisted && (
        <Group>
          <Button onClick={register}>{t('referrals.editor.register')}</Button>
        </Group>
      )}
      <Group>
        <Select
          label={t('referrals.directory.state')}
          placeholder={t('referrals.directory.any')}
          data={STATE_OPTIONS}
          value={state}
          onChange={setState}
          clearable
          searchable
        />
        <Select
          label={t('referrals.directory.serviceType')}
          placeholder={t('referrals.directory.any')}
          data={SERVICE_TYPES.map((value) => ({ value, label: t(`referrals.serviceTypes.${value}`) }))}
          value={serviceType}
          onChange={setServiceType}
          clearable
        />
      </Group>
      {directory.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {directory.status === 'failed' && <ProblemAlert error={directory.error} />}
      {directory.status === 'loaded' &&
        (directory.data.length === 0 ? (
          <Text c="dimmed">{t('referrals.directory.empty')}</Text>
        ) : (
          <Stack component="ul" gap="md" className="enlace-plain-list">
            {directory.data.map((entry) => (
              <ProviderCard
                key={entry.id}
                entry={entry}
                editable={editor && entry.agency.id === user.agency.id}
                onAddService={() => setEditing({ providerId: entry.id })}
                onUpdatePlaces={setPlacing}
                onEditService={(service) => setEditing({ service })}
                onEditContact={() => setContactOf(entry)}
                onMonitoring={() => setMonitoringOf(entry)}
              />
            ))}
          </Stack>
        ))}
      <ServiceDialog
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={() => saved(t('referrals.editor.saved'))}
      />
      <ContactDialog
        provider={contactOf}
        onClose={() => setContactOf(null)}
        onSaved={() => saved(t('referrals.editor.saved'))}
      />
      <MonitoringDialog
        provider={monitoringOf}
        monitors={monitors}
        onClose={() => setMonitoringOf(null)}
        onSaved={() => saved(t('referrals.monitoringDialog.saved'))}
      />
      <PlacesDialog
        service={placing}
        onClose={() => setPlacing(null)}
        onSaved={() => saved(t('referrals.editor.saved'))}
      />
    </Stack>
  );
}
