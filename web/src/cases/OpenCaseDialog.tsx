import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateCode } from '../../../src/modules/catalog/states.ts';
import { ApiError } from '../api/api-error.ts';
import { openCase } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { STATE_OPTIONS } from './state-options.ts';

type OpenCaseDialogProps = { opened: boolean; onClose: () => void; onOpened: (caseId: string) => void };

export function OpenCaseDialog({ opened, onClose, onOpened }: OpenCaseDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { stateCode: '', municipality: '', openedOn: '' },
    validate: { stateCode: (value) => (value ? null : t('cases.open.stateRequired')) },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ stateCode, municipality, openedOn }) => {
    setFailure(null);
    try {
      const opened = await openCase({
        stateCode: stateCode as StateCode,
        municipality: municipality.trim() || undefined,
        openedOn: openedOn || undefined,
      });
      onOpened(opened.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('cases.open.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('cases.open.intro')}</Text>
          <ProblemAlert error={failure} />
          <Select
            label={t('cases.open.state')}
            data={STATE_OPTIONS}
            searchable
            required
            data-autofocus
            {...form.getInputProps('stateCode')}
            value={form.values.stateCode || null}
            onChange={(value) => form.setFieldValue('stateCode', value ?? '')}
          />
          <TextInput
            label={t('cases.open.municipality')}
            maxLength={200}
            {...form.getInputProps('municipality')}
          />
          <TextInput
            type="date"
            label={t('cases.open.openedOn')}
            description={t('cases.open.openedOnHint')}
            {...form.getInputProps('openedOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.open.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('cases.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
