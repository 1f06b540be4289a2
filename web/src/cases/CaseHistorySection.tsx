import { Button, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseView, fetchCaseHistory, type HistoryEntry } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { HistoryEntryItem } from './HistoryEntryItem.tsx';

/** The case's changes, newest first; reloads when the case's own version moves. */
export function CaseHistorySection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [refreshedAt, setRefreshedAt] = useState(0);
  const read = useCallback(() => fetchCaseHistory(view.id), [view.id]);
  const history = useApiQuery(read, `${view.version}:${refreshedAt}`);
  const [older, setOlder] = useState<{ items: HistoryEntry[]; nextBefore: string | null } | null>(null);
  const loaded = history.status === 'loaded' ? history.data : null;
  const items = [...(loaded?.items ?? []), ...(older?.items ?? [])];
  const nextBefore = older ? older.nextBefore : (loaded?.nextBefore ?? null);
  const loadOlder = async () => {
    if (!nextBefore) return;
    const page = await fetchCaseHistory(view.id, nextBefore);
    setOlder((shown) => ({ items: [...(shown?.items ?? []), ...page.items], nextBefore: page.nextBefore }));
  };
  return (
    <Stack component="section" aria-labelledby="history-heading" gap="md">
      <Group justify="space-between">
        <Title id="history-heading" order={2} fz="h3">
          {t('cases.history.title')}
        </Title>
        <Button
          variant="subtle"
          onClick={() => {
            setOlder(null);
            setRefreshedAt(Date.now());
          }}
        >
          {t('cases.history.refresh')}
        </Button>
      </Group>
      {history.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {history.status === 'failed' && <ProblemAlert error={history.error} />}
      {loaded && items.length === 0 && <Text c="dimmed">{t('cases.history.empty')}</Text>}
      {items.length > 0 && (
        <Paper withBorder p="md">
          <Timeline bulletSize={14} lineWidth={2} aria-label={t('cases.history.title')}>
            {items.map((entry) => (
              <Timeline.Item key={entry.id}>
                <HistoryEntryItem entry={entry} />
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      )}
      {nextBefore && (
        <Button variant="default" onClick={loadOlder}>
          {t('cases.history.older')}
        </Button>
      )}
    </Stack>
  );
}
