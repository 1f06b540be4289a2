import { Alert, Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type ImportSummary, importBundle } from '../api/exchange.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { RejectsTable } from './RejectsTable.tsx';

/** Uploads a bundle; the server validates the whole file and writes all of it or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setSummary(null);
    setFailure(null);
    try {
      setSummary(await importBundle(await file.text()));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xl">
      <PageHeading title={t('exchange.import.title')} description={t('exchange.import.intro')} />
      <Paper withBorder p="lg">
        <Stack gap="md">
          <FileInput
            label={t('exchange.import.file')}
            description={t('exchange.import.fileHint')}
            accept=".jsonl,.ndjson,application/x-ndjson"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('exchange.import.clearFile') }}
          />
          <Group>
            <Button onClick={submit} disabled={!file} loading={busy}>
              {t('exchange.import.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {summary && (
        <Alert color="green" variant="light" role="status" title={t('exchange.import.doneTitle')}>
          {t('exchange.import.done', {
            cases: summary.created.cases,
            people: summary.created.people,
            records: summary.created.records,
            unchangedCases: summary.unchanged.cases,
            unchangedPeople: summary.unchanged.people,
            unchangedRecords: summary.unchanged.records,
          })}
        </Alert>
      )}
      <ProblemAlert error={failure} />
      {failure?.problem.rejects && (
        <Stack gap="xs">
          <Text fw={600}>{t('exchange.import.rejectsTitle')}</Text>
          <RejectsTable rejects={failure.problem.rejects} />
        </Stack>
      )}
    </Stack>
  );
}
