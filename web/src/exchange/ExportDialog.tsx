import { Alert, Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type ExchangeFormat, exportCases } from '../api/exchange.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { saveFile } from '../files/save-file.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { ReauthenticationDialog } from '../session/ReauthenticationDialog.tsx';
import { FILE_EXTENSION, FormatChoice } from './FormatChoice.tsx';

const MIN_REASON = 10;

/** Downloads the agency's cases as a bundle or an HTCDS CSV; identities only with a reason, after a fresh sign-in. */
export function ExportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const form = useForm({
    initialValues: { format: 'bundle' as ExchangeFormat, identities: false, reason: '' },
    validate: {
      reason: (value, values) =>
        values.identities && value.trim().length < MIN_REASON ? t('exchange.export.reasonRequired') : null,
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    setReauthenticating(false);
    onClose();
  };
  const download = async () => {
    setFailure(null);
    const { format, identities, reason } = form.values;
    try {
      const file = await exportCases({
        format,
        identities,
        ...(identities && { reason: reason.trim() }),
      });
      saveFile(file, `enlace-${new Date().toISOString().slice(0, 10)}.${FILE_EXTENSION[format]}`);
      close();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  return (
    <>
      <AppModal opened={opened && !reauthenticating} onClose={close} title={t('exchange.export.title')}>
        <form onSubmit={form.onSubmit(download)} noValidate>
          <Stack gap="md">
            <Alert color="orange" variant="light">
              {t('exchange.export.warning')}
            </Alert>
            <ProblemAlert error={failure} />
            <FormatChoice
              value={form.values.format}
              onChange={(format) => form.setFieldValue('format', format)}
            />
            <Checkbox
              label={t('exchange.export.identities')}
              {...form.getInputProps('identities', { type: 'checkbox' })}
            />
            {form.values.identities && (
              <Textarea
                label={t('exchange.export.reason')}
                description={t('exchange.export.reasonHint')}
                required
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('reason')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('exchange.export.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('exchange.export.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
      <ReauthenticationDialog
        opened={reauthenticating}
        onClose={close}
        onConfirmed={() => {
          setReauthenticating(false);
          void download();
        }}
      />
    </>
  );
}
