import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type AgencySummary, fetchAgencyDirectory } from '../api/agencies.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { localToday } from './share-expiry.ts';

export type AgencyReasonValues = { agencyCode: string; reason: string; expiresOn: string };

type AgencyReasonDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** Which agencies of the directory the case may go to. */
  offers: (agency: AgencySummary) => boolean;
  warningColor: string;
  labels: {
    title: string;
    warning: string;
    agency: string;
    agencyRequired: string;
    reason: string;
    reasonHint: string;
    reasonTooShort: string;
    cancel: string;
    submit: string;
  };
  /** Asks until when (a share); without it `expiresOn` stays empty. */
  expiry?: { label: string; hint: string; inPast: string };
  /** Sends the request; an ApiError it throws is shown in the dialog, which stays open. */
  onSubmit: (values: AgencyReasonValues) => Promise<void>;
};

const MIN_REASON = 10;

/** Sending a case to another agency (sharing it, asking to transfer it): which agency, and why. */
export function AgencyReasonDialog({
  opened,
  onClose,
  offers,
  warningColor,
  labels,
  expiry,
  onSubmit,
}: AgencyReasonDialogProps) {
  const directory = useApiQuery(fetchAgencyDirectory, 'once');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: { agencyCode: '', reason: '', expiresOn: '' },
    validate: {
      agencyCode: (value) => (value ? null : labels.agencyRequired),
      reason: (value) => (value.trim().length >= MIN_REASON ? null : labels.reasonTooShort),
      expiresOn: (value) => (!value || value >= localToday() ? null : (expiry?.inPast ?? null)),
    },
  });
  const agencies =
    directory.status === 'loaded'
      ? directory.data.items
          .filter(offers)
          .map((agency) => ({ value: agency.code, label: `${agency.name} (${agency.code})` }))
      : [];
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit({ ...values, reason: values.reason.trim() });
      form.reset();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={labels.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color={warningColor} variant="light">
            {labels.warning}
          </Alert>
          <ProblemAlert error={failure ?? (directory.status === 'failed' ? directory.error : null)} />
          <Select
            label={labels.agency}
            data={agencies}
            searchable
            required
            data-autofocus
            {...form.getInputProps('agencyCode')}
            value={form.values.agencyCode || null}
            onChange={(value) => form.setFieldValue('agencyCode', value ?? '')}
          />
          <Textarea
            label={labels.reason}
            description={labels.reasonHint}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          {expiry && (
            <TextInput
              type="date"
              label={expiry.label}
              description={expiry.hint}
              min={localToday()}
              {...form.getInputProps('expiresOn')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {labels.cancel}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {labels.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
