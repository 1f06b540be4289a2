import { Badge, Group, List, Loader, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/cases.ts';
import { fetchCaseTasks, fetchServiceTimeline, type TimelineEntry } from '../api/follow-up.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';

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
          <Table.ScrollContainer minWidth={700} type="native">
            <Table verticalSpacing="sm">
              <Table.Caption>
                <VisuallyHidden>{t('referrals.followUp.caption')}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('referrals.followUp.task')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.followUp.person')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.followUp.requestedOn')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.followUp.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.followUp.responsible')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.data.map((task) => (
                  <Table.Tr key={task.measureId}>
                    <Table.Td>
                      {t(`referrals.followUp.tasks.${task.task}`)}
                      {task.outstandingMxn !== null && (
                        <Text fz="sm" c="dimmed">
                          {t('referrals.followUp.outstanding', {
                            amount: task.outstandingMxn.toLocaleString('es-MX'),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{personLabel(task.personId)}</Table.Td>
                    <Table.Td>{task.requestedOn}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <span>{task.dueOn}</span>
                        {task.overdue && <Badge color="red.9">{t('referrals.followUp.overdue')}</Badge>}
                        {task.escalatedAt && (
                          <Badge color="grape.9">{t('referrals.followUp.escalated')}</Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{task.responsibleAgency.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
