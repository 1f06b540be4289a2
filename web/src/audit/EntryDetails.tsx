import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Fact, FactList } from './FactList.tsx';

/**
 * The free-form details of an entry (or an alert), one field per line. Simple values read as text, lists
 * as comma-separated text, anything nested as indented JSON. Keys stay as stored: they are what the
 * security guide and the database call them.
 */
export function EntryDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const facts: Fact[] = Object.entries(details).map(([key, value]) => ({
    label: key,
    value: readable(value),
  }));
  if (facts.length === 0) return <Text c="dimmed">{t('audit.entry.noDetails')}</Text>;
  return <FactList facts={facts} />;
}

function readable(value: unknown) {
  if (value === null || typeof value !== 'object') return <Code>{String(value)}</Code>;
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => item === null || typeof item !== 'object')
  ) {
    return <Code>{value.map(String).join(', ')}</Code>;
  }
  return <Code block>{JSON.stringify(value, null, 2)}</Code>;
}
