import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateCode } from '../../../src/modules/catalog/states.ts';
import { SECURITY_LEVELS, SERVICE_TYPES } from '../../../src/modules/referrals/vocabulary.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { addService, type DirectoryProvider, updateService } from '../api/referrals.ts';
import { STATE_OPTIONS } from '../cases/state-options.ts';
import { AppModal } from '../frame/AppModal.tsx';

type Service = DirectoryProvider['services'][number];
/** A new service of a provider, or an existing service to change. */
export type ServiceTarget = { providerId: string } | { service: Service };
type ServiceDialogProps = { target: ServiceTarget | null; onClose: () => void; onSaved: () => void };

const SEXES = ['female', 'male', 'intersex'] as const;
type ServiceType = (typeof SERVICE_TYPES)[number];
const number = (value: string | number) => (value === '' ? null : Number(value));

const EMPTY = {
  serviceType: 'shelter' as ServiceType,
  name: '',
  states: [] as string[],
  sexes: [] as string[],
  minAge: '' as string | number,
  maxAge: '' as string | number,
  capacity: '' as string | number,
  occupancy: 0 as string | number,
  securityLevel: null as string | null,
  maxStayDays: '' as string | number,
  mayLeaveUnaccompanied: true,
};

const valuesOf = (service: Service): typeof EMPTY => ({
  serviceType: service.serviceType,
  name: service.name,
  states: [...service.states],
  sexes: [...service.sexes],
  minAge: service.minAge ?? '',
  maxAge: service.maxAge ?? '',
  capacity: service.capacity ?? '',
  occupancy: service.occupancy,
  securityLevel: service.securityLevel,
  maxStayDays: service.maxStayDays ?? '',
  mayLeaveUnaccompanied: service.mayLeaveUnaccompanied ?? true,
});

/**
 * A provider lists a service, or changes one against the version it read: whom it serves, where, and
 * how many places it has. The API checks the rest.
 */
export function ServiceDialog({ target, onClose, onSaved }: ServiceDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({ initialValues: EMPTY });
  const editing = target && 'service' in target ? target.service : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is refilled only when another service opens.
  useEffect(() => {
    form.setValues(editing ? valuesOf(editing) : EMPTY);
  }, [editing]);
  const shelter = form.values.serviceType === 'shelter';
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!target) return;
    setFailure(null);
    const fields = {
      serviceType: values.serviceType,
      name: values.name,
      states: values.states as StateCode[],
      sexes: values.sexes as (typeof SEXES)[number][],
      minAge: number(values.minAge),
      maxAge: number(values.maxAge),
      capacity: number(values.capacity),
      occupancy: number(values.occupancy) ?? 0,
      securityLevel: shelter ? (values.securityLevel as (typeof SECURITY_LEVELS)[number] | null) : null,
      maxStayDays: shelter ? number(values.maxStayDays) : null,
      mayLeaveUnaccompanied: shelter ? values.mayLeaveUnaccompanied : null,
    };
    try {
      if ('service' in target) await updateService(target.service, fields);
      else await addService(target.providerId, fields);
      form.reset();
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal
      opened={target !== null}
      onClose={close}
      title={
        editing ? t('referrals.editor.editTitle', { name: editing.name }) : t('referrals.editor.addTitle')
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <Select
            label={t('referrals.directory.serviceType')}
            data={SERVICE_TYPES.map((value) => ({ value, label: t(`referrals.serviceTypes.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('serviceType')}
          />
          <TextInput
            label={t('referrals.editor.name')}
            required
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <MultiSelect
            label={t('referrals.editor.states')}
            data={STATE_OPTIONS}
            searchable
            required
            {...form.getInputProps('states')}
          />
          <MultiSelect
            label={t('referrals.editor.sexes')}
            description={t('referrals.editor.emptyMeansEveryone')}
            data={SEXES.map((value) => ({ value, label: t(`cases.people.sexes.${value}`) }))}
            {...form.getInputProps('sexes')}
          />
          <Group grow>
            <NumberInput
              label={t('referrals.editor.minAge')}
              min={0}
              max={120}
              {...form.getInputProps('minAge')}
            />
            <NumberInput
              label={t('referrals.editor.maxAge')}
              min={0}
              max={120}
              {...form.getInputProps('maxAge')}
            />
          </Group>
          <Group grow>
            <NumberInput
              label={t('referrals.editor.capacity')}
              description={t('referrals.editor.capacityHint')}
              min={0}
              {...form.getInputProps('capacity')}
            />
            <NumberInput
              label={t('referrals.editor.occupancy')}
              min={0}
              {...form.getInputProps('occupancy')}
            />
          </Group>
          {shelter && (
            <>
              <Select
                label={t('referrals.editor.securityLevel')}
                data={SECURITY_LEVELS.map((value) => ({
                  value,
                  label: t(`referrals.directory.security.${value}`),
                }))}
                clearable
                {...form.getInputProps('securityLevel')}
              />
              <NumberInput
                label={t('referrals.editor.maxStayDays')}
                min={1}
                {...form.getInputProps('maxStayDays')}
              />
              <Checkbox
                label={t('referrals.directory.leaves')}
                {...form.getInputProps('mayLeaveUnaccompanied', { type: 'checkbox' })}
              />
            </>
          )}
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
