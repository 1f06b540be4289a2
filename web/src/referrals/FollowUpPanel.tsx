import { List, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/cases.ts';
import { fetchCaseTasks, fetchServiceTimeline, type TimelineEntry } from '../api/follow-up.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';
import { FollowUpTasksTable } from './FollowUpTasksTable.tsx';

type FollowUpPanelProps = { caseId: string; people: QueryState<PersonSummary[]> };

/**
 * What the case's protection measures still wait for (immigration relief, repatriation, witness
 * protection, compensation), with their deadlines, and each survivor's timeline of services received.
 */
export function FollowUpPanel({ caseId, people }: FollowUpPanelProps) {
  const { t } = useTranslation();
  const readTasks = useCallback(() => fetchCaseTasks(caseId), [caseId]);
  const tasks = useApiQuery(readTasks, null);
  const [personId, setPersonId] = useState<string | null>(null);
  const readTimeline = useCallback(
    () => (personId ? fetchServiceTimeline(caseId, personId) : Promise.resolve([])),
    [caseId, personId],
  );
  const timeline = useApiQuery(readTimeline, null);
  const survivors =
    people.status === 'loaded' ? people.data.filter((person) => person.role === 'survivor') : [];
  const numbers = new Map(
    people.status === 'loaded' ? people.data.map((person, index) => [person.id, index + 1]) : [],
  );
  const personLabel = (id: string) => t('cases.records.personNumber', { number: numbers.get(id) ?? '?' });
  return (
    <Stack component="section" aria-labelledby="follow-up-heading" gap="md">
      <Title id="follow-up-heading" order={2} fz="h3">
        {t('referrals.followUp.title')}
      </Title>
      <Text c="dimmed" fz="sm">
        {t('referrals.followUp.intro')}
      </Text>
      {tasks.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {tasks.status === 'failed' && <ProblemAlert error={tasks.error} />}
      {tasks.status === 'loaded' &&
        (tasks.data.length === 0 ? (
          <Text c="dimmed">{t('referrals.followUp.empty')}</Text>
        ) : (
          <FollowUpTasksTable
            caption={t('referrals.followUp.caption')}
            tasks={tasks.data}
            personLabel={personLabel}
          />
        ))}
      <Title order={3} fz="h4">
        {t('referrals.timeline.title')}
      </Title>
      {survivors.length === 0 ? (
        <Text>{t('referrals.panel.noSurvivors')}</Text>
      ) : (
        <Select
          label={t('referrals.timeline.survivor')}
          data={survivors.map((person) => ({ value: person.id, label: personLabel(person.id) }))}
          value={personId}
          onChange={setPersonId}
          maw={320}
        />
      )}
      {personId && timeline.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {personId && timeline.status === 'failed' && <ProblemAlert error={timeline.error} />}
      {personId &&
        timeline.status === 'loaded' &&
        (timeline.data.length === 0 ? (
          <Text c="dimmed">{t('referrals.timeline.empty')}</Text>
        ) : (
          <List component="ol" spacing="xs" aria-label={t('referrals.timeline.title')}>
            {timeline.data.map((entry) => (
              <List.Item key={`${entry.recordId}-${entry.status}-${entry.at}`}>
                <TimelineText entry={entry} />
              </List.Item>
            ))}
          </List>
        ))}
    </Stack>
  );
}

function TimelineText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const day = entry.at.slice(0, 10);
  if (entry.source === 'referral')
    return t('referrals.timeline.referral', {
      date: day,
      service: entry.serviceName,
      serviceType: t(`referrals.serviceTypes.${entry.serviceType}`),
      provider: entry.providerCode,
      status: t(`referrals.statuses.${entry.status}`),
    });
  return t('referrals.timeline.measure', {
    date: day,
    kind: t(`cases.records.options.kind.${entry.kind as 'immigration_relief'}`),
    status: t(`cases.records.options.status.${entry.status}`),
  });
}
