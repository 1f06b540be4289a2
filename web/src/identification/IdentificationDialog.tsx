import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTIFICATION_STATUSES } from '../../../src/modules/screening/schema.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { decideIdentification } from '../api/screening.ts';
import type { NumberedPerson } from '../cases/PeopleSection.tsx';
import { AppModal } from '../frame/AppModal.tsx';

type IdentificationDialogProps = {
  caseId: string;
  target: NumberedPerson | null;
  onClose: () => void;
  onDecided: () => void;
};

type DecisionValues = { status: '' | (typeof IDENTIFICATION_STATUSES)[number]; reason: string };

const MIN_REASON = 10;

/** A person decides, with a reason; the screening result only informs the decision. */
export function IdentificationDialog({ caseId, target, onClose, onDecided }: IdentificationDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<DecisionValues>({
    initialValues: { status: '', reason: '' },
    validate: {
      status: (value) => (value ? null : t('identification.decision.statusRequired')),
      reason: (value) =>
        value.trim().length >= MIN_REASON ? null : t('identification.decision.reasonTooShort'),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const decide = form.onSubmit(async ({ status, reason }) => {
    if (!target || !status) return;
    setFailure(null);
    try {
      await decideIdentification(caseId, target.person.id, { status, reason: reason.trim() });
      form.reset();
      onDecided();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={target !== null} onClose={close} title={t('identification.decision.title')}>
      <form onSubmit={decide} noValidate>
        <Stack gap="md">
          <Text fw={600}>{target && t('identification.personNumber', { number: target.number })}</Text>
          <Alert color="orange" variant="light">
            {t('identification.decision.warning')}
          </Alert>
          <ProblemAlert error={failure} />
          <Radio.Group label={t('identification.decision.status')} required {...form.getInputProps('status')}>
            <Stack gap="sm" mt="xs">
              {IDENTIFICATION_STATUSES.map((status, index) => (
                <Radio
                  key={status}
                  value={status}
                  label={t(`identification.statuses.${status}`)}
                  data-autofocus={index === 0 || undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('identification.decision.reason')}
            description={t('identification.decision.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('identification.decision.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('identification.decision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
