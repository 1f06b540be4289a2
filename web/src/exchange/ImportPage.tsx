import { Alert, Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type ExchangeFormat, type ImportSummary, importFile } from '../api/exchange.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { FormatChoice, formatOfFileName } from './FormatChoice.tsx';
import { RejectsTable } from './RejectsTable.tsx';

type Failure = { error: ApiError; format: ExchangeFormat };

/** Uploads a bundle or an HTCDS CSV; the server validates the whole file and writes all of it or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ExchangeFormat>('bundle');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    if (chosen) setFormat(formatOfFileName(chosen.name));
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setSummary(null);
    setFailure(null);
    try {
      setSummary(await importFile(await file.text(), format));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure({ error, format });
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
            accept=".jsonl,.ndjson,application/x-ndjson,.csv,text/csv"
            value={file}
            onChange={choose}
            clearable
            clearButtonProps={{ 'aria-label': t('exchange.import.clearFile') }}
          />
          <FormatChoice value={format} onChange={setFormat} />
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
      <ProblemAlert error={failure?.error ?? null} />
      {failure?.error.problem.rejects && (
        <Stack gap="xs">
          <Text fw={600}>
            {failure.format === 'htcds-csv'
              ? t('exchange.import.rowsTitle')
              : t('exchange.import.rejectsTitle')}
          </Text>
          <RejectsTable rejects={failure.error.problem.rejects} format={failure.format} />
        </Stack>
      )}
    </Stack>
  );
}
