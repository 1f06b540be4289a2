import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extractPurpose } from '../../../src/modules/exchange/contract.ts';
import { ApiError } from '../api/api-error.ts';
import { type ExchangeFormat, exportCases } from '../api/exchange.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { saveFile } from '../files/save-file.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ReauthenticationDialog } from '../session/ReauthenticationDialog.tsx';
import { FILE_EXTENSION, FormatChoice } from './FormatChoice.tsx';

/**
 * A statistician's de-identified extract of the country's case records (docs/formats/statistical-extract.md).
 * The purpose is checked with the API's own rule; whatever the API still refuses is shown as it answers.
 */
export function StatisticalExtractPage() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const form = useForm({
    initialValues: { format: 'bundle' as ExchangeFormat, purpose: '' },
    validate: {
      purpose: (value) =>
        extractPurpose.safeParse(value.trim()).success ? null : t('exchange.extract.purposeInvalid'),
    },
  });
  const download = async () => {
    setFailure(null);
    const { format, purpose } = form.values;
    try {
      const file = await exportCases({ format, purpose: purpose.trim() });
      saveFile(file, `enlace-extracto-${purpose.trim()}.${FILE_EXTENSION[format]}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  return (
    <Stack gap="xl">
      <PageHeading title={t('exchange.extract.title')} description={t('exchange.extract.intro')} />
      <Paper withBorder p="lg" maw={720}>
        <form onSubmit={form.onSubmit(download)} noValidate>
          <Stack gap="md">
            <Alert color="blue" variant="light" title={t('exchange.extract.leftOutTitle')}>
              {t('exchange.extract.leftOut')}
            </Alert>
            <ProblemAlert error={failure} />
            <FormatChoice
              value={form.values.format}
              onChange={(format) => form.setFieldValue('format', format)}
            />
            <TextInput
              label={t('exchange.extract.purpose')}
              description={t('exchange.extract.purposeHint')}
              required
              maxLength={63}
              autoComplete="off"
              {...form.getInputProps('purpose')}
            />
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t('exchange.extract.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ReauthenticationDialog
        opened={reauthenticating}
        onClose={() => setReauthenticating(false)}
        onConfirmed={() => {
          setReauthenticating(false);
          void download();
        }}
      />
    </Stack>
  );
}
