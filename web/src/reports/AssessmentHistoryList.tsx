import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentHistory } from '../api/assessment.ts';

type Entry = AssessmentHistory['items'][number];
const shown = (value: Entry['changes'][number]['from']) =>
  value === null ? '—' : Array.isArray(value) ? value.join(', ') : String(value);

/** Every change to the assessment, newest first: what changed from what to what, who, when and why. */
export function AssessmentHistoryList({ items }: { items: Entry[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('reports.assessment.noHistory')}</Text>;
  return (
    <List spacing="xs" size="sm" data-testid="assessment-history">
      {items.map((entry) => (
        <List.Item key={entry.id}>
          <Text size="sm" fw={600}>
            {t('reports.assessment.historyEntry', {
              subject: t(`reports.assessment.subjects.${entry.subject}`),
              key: entry.subjectKey,
              version: entry.version,
              who: entry.changedBy,
              when: entry.changedAt.slice(0, 16).replace('T', ' '),
            })}
          </Text>
          <Text size="sm">
            {entry.changes
              .map((change) => `${change.field}: ${shown(change.from)} → ${shown(change.to)}`)
              .join(' · ')}
          </Text>
          {entry.reason && (
            <Text size="sm" c="dimmed">
              {t('reports.assessment.historyReason', { reason: entry.reason })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
