import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_SECTORS,
  AGENCY_TYPES,
  JURISDICTION_LEVELS,
} from '../../../src/platform/access/agency-types.ts';
import { registerAgency } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { AgencyPlaceFields } from './AgencyPlaceFields.tsx';
import {
  type AgencyFormValues,
  agencyFormErrors,
  agencyProblemErrors,
  agencyRequest,
  EMPTY_AGENCY,
} from './agency-form.ts';

type CreateAgencyDialogProps = { opened: boolean; onClose: () => void; onCreated: (code: string) => void };

export function CreateAgencyDialog({ opened, onClose, onCreated }: CreateAgencyDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const messages = {
    codeInvalid: t('admin.createAgency.codeInvalid'),
    nameInvalid: t('admin.createAgency.nameInvalid'),
    typeRequired: t('admin.createAgency.typeRequired'),
    sectorRequired: t('admin.createAgency.sectorRequired'),
    levelRequired: t('admin.createAgency.levelRequired'),
    stateRequired: t('admin.createAgency.stateRequired'),
    municipalityRequired: t('admin.createAgency.municipalityRequired'),
    countryRequired: t('admin.createAgency.countryRequired'),
  };
  const form = useForm<AgencyFormValues>({
    initialValues: EMPTY_AGENCY,
    validate: (values) => agencyFormErrors(values, messages),
  });
  const options = <Option extends string>(values: readonly Option[], label: (value: Option) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  /** Mantine's Select speaks null for no choice; the form keeps '' like its text fields. */
  const choice = (field: 'agencyType' | 'sector' | 'jurisdictionLevel') => {
    const input = form.getInputProps(field);
    return {
      ...input,
      value: input.value || null,
      onChange: (value: string | null) => input.onChange(value ?? ''),
    };
  };
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const agency = agencyRequest(values);
    try {
      await registerAgency(agency);
      form.reset();
      onCreated(agency.code);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      form.setErrors(agencyProblemErrors(error.problem));
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('admin.createAgency.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <TextInput
            label={t('admin.createAgency.code')}
            description={t('admin.createAgency.codeHint')}
            required
            maxLength={32}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('admin.createAgency.name')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('admin.createAgency.type')}
              required
              data={options(AGENCY_TYPES, (type) => t(`admin.agencies.types.${type}`))}
              {...choice('agencyType')}
            />
            <Select
              label={t('admin.createAgency.sector')}
              required
              data={options(AGENCY_SECTORS, (sector) => t(`admin.agencies.sectors.${sector}`))}
              {...choice('sector')}
            />
          </SimpleGrid>
          <Select
            label={t('admin.createAgency.level')}
            description={t('admin.createAgency.levelHint')}
            required
            data={options(JURISDICTION_LEVELS, (level) => t(`admin.agencies.levels.${level}`))}
            {...choice('jurisdictionLevel')}
          />
          <AgencyPlaceFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('admin.createAgency.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('admin.createAgency.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
