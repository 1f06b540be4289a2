import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAgencyDirectory } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { shareCase } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { endOfLocalDay, localToday } from './share-expiry.ts';

type ShareCaseDialogProps = {
  caseId: string;
  owningAgencyCode: string;
  opened: boolean;
  onClose: () => void;
  onShared: (agencyCode: string) => void;
};

const MIN_REASON = 10;

export function ShareCaseDialog({
  caseId,
  owningAgencyCode,
  opened,
  onClose,
  onShared,
}: ShareCaseDialogProps) {
  const { t } = useTranslation();
  const directory = useApiQuery(fetchAgencyDirectory, 'once');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { agencyCode: '', reason: '', expiresOn: '' },
    validate: {
      agencyCode: (value) => (value ? null : t('cases.share.agencyRequired')),
      reason: (value) => (value.trim().length >= MIN_REASON ? null : t('cases.share.reasonTooShort')),
      expiresOn: (value) => (!value || value >= localToday() ? null : t('cases.share.expiresInPast')),
    },
  });
  const agencies =
    directory.status === 'loaded'
      ? directory.data.items
          .filter((agency) => agency.code !== owningAgencyCode)
          .map((agency) => ({ value: agency.code, label: `${agency.name} (${agency.code})` }))
      : [];
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ agencyCode, reason, expiresOn }) => {
    setFailure(null);
    try {
      await shareCase(caseId, { agencyCode, reason: reason.trim(), expiresAt: endOfLocalDay(expiresOn) });
      form.reset();
      onShared(agencyCode);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('cases.share.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            {t('cases.share.warning')}
          </Alert>
          <ProblemAlert error={failure ?? (directory.status === 'failed' ? directory.error : null)} />
          <Select
            label={t('cases.share.agency')}
            data={agencies}
            searchable
            required
            data-autofocus
            {...form.getInputProps('agencyCode')}
            value={form.values.agencyCode || null}
            onChange={(value) => form.setFieldValue('agencyCode', value ?? '')}
          />
          <Textarea
            label={t('cases.share.reason')}
            description={t('cases.share.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <TextInput
            type="date"
            label={t('cases.share.expiresOn')}
            description={t('cases.share.expiresOnHint')}
            min={localToday()}
            {...form.getInputProps('expiresOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.share.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('cases.share.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
