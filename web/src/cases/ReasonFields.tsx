import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';

type ReasonFieldsProps = {
  /** The catalog section with warning, reason, reasonHint, cancel and submit. */
  messages:
    | 'cases.breakGlass'
    | 'cases.reveal'
    | 'admin.resetMfa'
    | 'admin.agencySuspend'
    | 'admin.agencyReinstate'
    | 'releases.withdraw';
  tone: 'red' | 'orange';
  failure: ApiError | null;
  reason: GetInputPropsReturnType;
  submitting: boolean;
  onCancel: () => void;
};

/** A written reason before a sensitive act: the warning, the reason box, cancel and submit. */
export function ReasonFields({ messages, tone, failure, reason, submitting, onCancel }: ReasonFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color={tone} variant="light">
        {t(`${messages}.warning`)}
      </Alert>
      <ProblemAlert error={failure} />
      <Textarea
        label={t(`${messages}.reason`)}
        description={t(`${messages}.reasonHint`)}
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
        {...reason}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t(`${messages}.cancel`)}
        </Button>
        <Button type="submit" color={tone === 'red' ? 'red.9' : undefined} loading={submitting}>
          {t(`${messages}.submit`)}
        </Button>
      </Group>
    </Stack>
  );
}
