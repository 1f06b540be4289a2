import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENT_AGENCY_TYPES } from '../../../src/modules/jurisdiction/owners.ts';
import { fetchAgencyDirectory } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { requestTransfer } from '../api/jurisdiction.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AppModal } from '../frame/AppModal.tsx';

type RequestTransferDialogProps = {
  caseId: string;
  ownerCode: string;
  opened: boolean;
  onClose: () => void;
  onRequested: (agencyCode: string) => void;
};

const MIN_REASON = 10;

/** Cases go to competent authorities only: state prosecutors, FEVIMTRA and UEITMPO. */
export function RequestTransferDialog({
  caseId,
  ownerCode,
  opened,
  onClose,
  onRequested,
}: RequestTransferDialogProps) {
  const { t } = useTranslation();
  const directory = useApiQuery(fetchAgencyDirectory, 'once');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { agencyCode: '', reason: '' },
    validate: {
      agencyCode: (value) => (value ? null : t('jurisdiction.transfer.agencyRequired')),
      reason: (value) =>
        value.trim().length >= MIN_REASON ? null : t('jurisdiction.transfer.reasonTooShort'),
    },
  });
  const agencies =
    directory.status === 'loaded'
      ? directory.data.items
          .filter((agency) => COMPETENT_AGENCY_TYPES.includes(agency.agencyType) && agency.code !== ownerCode)
          .map((agency) => ({ value: agency.code, label: `${agency.name} (${agency.code})` }))
      : [];
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ agencyCode, reason }) => {
    setFailure(null);
    try {
      await requestTransfer(caseId, { toAgencyCode: agencyCode, reason: reason.trim() });
      form.reset();
      onRequested(agencyCode);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('jurisdiction.transfer.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="blue" variant="light">
            {t('jurisdiction.transfer.warning')}
          </Alert>
          <ProblemAlert error={failure ?? (directory.status === 'failed' ? directory.error : null)} />
          <Select
            label={t('jurisdiction.transfer.agency')}
            data={agencies}
            searchable
            required
            data-autofocus
            {...form.getInputProps('agencyCode')}
            value={form.values.agencyCode || null}
            onChange={(value) => form.setFieldValue('agencyCode', value ?? '')}
          />
          <Textarea
            label={t('jurisdiction.transfer.reason')}
            description={t('jurisdiction.transfer.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('jurisdiction.transfer.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('jurisdiction.transfer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
