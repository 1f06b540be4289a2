import { Button, Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { URGENCIES } from '../../../src/modules/referrals/vocabulary.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { createReferral, type ReferralView } from '../api/referrals.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import type { Choice } from './MatchResults.tsx';

type ReferDialogProps = {
  caseId: string;
  personId: string;
  choice: Choice | null;
  onClose: () => void;
  onReferred: (referral: ReferralView) => void;
};

type Urgency = (typeof URGENCIES)[number];

/**
 * Sends (or proposes) a referral. The API checks consent and monitoring; supervisors may give a
 * written reason to override either, and only they see those fields.
 */
export function ReferDialog({ caseId, personId, choice, onClose, onReferred }: ReferDialogProps) {
  const { t } = useTranslation();
  const supervisor = useCurrentUser().roles.includes('supervisor');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: {
      urgency: 'routine' as Urgency,
      withChildren: false,
      send: true,
      consentOverrideReason: '',
      monitoringOverrideReason: '',
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!choice) return;
    setFailure(null);
    const overrides = Object.fromEntries(
      (['consentOverrideReason', 'monitoringOverrideReason'] as const)
        .map((key) => [key, values[key].trim()])
        .filter(([, value]) => value),
    );
    try {
      const referral = await createReferral(caseId, {
        personId,
        serviceId: choice.serviceId,
        urgency: values.urgency,
        withChildren: values.withChildren,
        send: values.send,
        ...overrides,
      });
      form.reset();
      onReferred(referral);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={choice !== null} onClose={close} title={t('referrals.refer.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {choice && (
            <Text>
              {t('referrals.refer.service', { service: choice.serviceName, provider: choice.providerName })}
            </Text>
          )}
          <ProblemAlert error={failure} />
          <Select
            label={t('referrals.refer.urgency')}
            data={URGENCIES.map((value) => ({ value, label: t(`referrals.urgencies.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('urgency')}
          />
          <Checkbox
            label={t('referrals.refer.withChildren')}
            {...form.getInputProps('withChildren', { type: 'checkbox' })}
          />
          <Checkbox label={t('referrals.refer.send')} {...form.getInputProps('send', { type: 'checkbox' })} />
          {supervisor && (
            <>
              <Textarea
                label={t('referrals.refer.consentOverride')}
                description={t('referrals.refer.overrideHint')}
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('consentOverrideReason')}
              />
              <Textarea
                label={t('referrals.refer.monitoringOverride')}
                description={t('referrals.refer.overrideHint')}
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('monitoringOverrideReason')}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('referrals.refer.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('referrals.refer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
