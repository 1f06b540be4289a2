import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangeFormat } from '../api/exchange.ts';

/** The two formats Enlace reads and writes: its own bundle, and the IOM standard's CSV. */
export function FormatChoice({
  value,
  onChange,
}: {
  value: ExchangeFormat;
  onChange: (format: ExchangeFormat) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('exchange.format.label')}
      value={value}
      onChange={(chosen) => onChange(chosen === 'htcds-csv' ? 'htcds-csv' : 'bundle')}
    >
      <Group mt="xs">
        <Radio value="bundle" label={t('exchange.format.bundle')} />
        <Radio value="htcds-csv" label={t('exchange.format.htcdsCsv')} />
      </Group>
    </Radio.Group>
  );
}

/** A `.csv` file is an HTCDS CSV; anything else is read as a bundle, as the CLI does. */
export const formatOfFileName = (name: string): ExchangeFormat =>
  name.toLowerCase().endsWith('.csv') ? 'htcds-csv' : 'bundle';

export const FILE_EXTENSION: Record<ExchangeFormat, string> = { bundle: 'jsonl', 'htcds-csv': 'csv' };
