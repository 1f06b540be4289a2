import { Button, Group, NumberInput, Paper, Stack, TagsInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { approveRelease } from './releases-api.ts';

const optionalNumber = (value: string | number) => (value === '' ? undefined : Number(value));

/** The commission names a year and the indicators to release; the API computes, protects and stores. */
export function ApproveReleaseForm({ onApproved }: { onApproved: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    initialValues: {
      year: (new Date().getFullYear() - 1) as string | number,
      indicatorCodes: [] as string[],
      threshold: '' as string | number,
      epsilon: '' as string | number,
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const threshold = optionalNumber(values.threshold);
    const epsilon = optionalNumber(values.epsilon);
    try {
      await approveRelease({
        year: Number(values.year),
        indicatorCodes: values.indicatorCodes,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(epsilon !== undefined ? { epsilon } : {}),
      });
      form.reset();
      onApproved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="approve-title">
      <Title order={2} fz="h3" id="approve-title">
        {t('releases.approve.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" mt="md" maw={640}>
          <ProblemAlert error={failure} />
          <NumberInput
            label={t('releases.approve.year')}
            required
            allowDecimal={false}
            {...form.getInputProps('year')}
          />
          <TagsInput
            label={t('releases.approve.codes')}
            description={t('releases.approve.codesHint')}
            required
            {...form.getInputProps('indicatorCodes')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('releases.approve.threshold')}
              description={t('releases.approve.thresholdHint')}
              allowDecimal={false}
              {...form.getInputProps('threshold')}
            />
            <NumberInput
              label={t('releases.approve.epsilon')}
              description={t('releases.approve.epsilonHint')}
              decimalScale={2}
              {...form.getInputProps('epsilon')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('releases.approve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
