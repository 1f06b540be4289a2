import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type DirectoryProvider, updateService } from '../api/referrals.ts';
import { AppModal } from '../frame/AppModal.tsx';

type Service = DirectoryProvider['services'][number];
type PlacesDialogProps = { service: Service | null; onClose: () => void; onSaved: () => void };

/** Places change daily: the provider keeps capacity and occupancy current, against the version it read. */
export function PlacesDialog({ service, onClose, onSaved }: PlacesDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { capacity: '' as string | number, occupancy: 0 as string | number },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is refilled only when another service opens.
  useEffect(() => {
    if (service) form.setValues({ capacity: service.capacity ?? '', occupancy: service.occupancy });
  }, [service]);
  const close = () => {
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!service) return;
    setFailure(null);
    try {
      await updateService(service, {
        capacity: values.capacity === '' ? null : Number(values.capacity),
        occupancy: Number(values.occupancy),
      });
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal
      opened={service !== null}
      onClose={close}
      title={t('referrals.editor.placesTitle', { name: service?.name ?? '' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <NumberInput
            label={t('referrals.editor.capacity')}
            description={t('referrals.editor.capacityHint')}
            min={0}
            {...form.getInputProps('capacity')}
          />
          <NumberInput label={t('referrals.editor.occupancy')} min={0} {...form.getInputProps('occupancy')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('referrals.refer.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('referrals.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
