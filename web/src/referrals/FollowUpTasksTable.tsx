import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpTask } from '../api/follow-up.ts';
import { CASES_PATH } from '../cases/case-search.ts';

type FollowUpTasksTableProps = {
  caption: string;
  tasks: FollowUpTask[];
  /** Inside a case: each task's person. Without it (the inbox), each task links to its case. */
  personLabel?: (personId: string) => string;
};

/** Protection measures waiting for an outcome, with their deadlines, overdue and escalated ones marked. */
export function FollowUpTasksTable({ caption, tasks, personLabel }: FollowUpTasksTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={700} type="native">
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.followUp.task')}</Table.Th>
            <Table.Th scope="col">
              {personLabel ? t('referrals.followUp.person') : t('referrals.followUp.case')}
            </Table.Th>
            <Table.Th scope="col">{t('referrals.followUp.requestedOn')}</Table.Th>
            <Table.Th scope="col">{t('referrals.followUp.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('referrals.followUp.responsible')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
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
              <Table.Td>
                {personLabel ? (
                  personLabel(task.personId)
                ) : (
                  <Anchor component={Link} to={`${CASES_PATH}/${task.caseId}`}>
                    {task.caseReference}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{task.requestedOn}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <span>{task.dueOn}</span>
                  {task.overdue && <Badge color="red.9">{t('referrals.followUp.overdue')}</Badge>}
                  {task.escalatedAt && <Badge color="grape.9">{t('referrals.followUp.escalated')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{task.responsibleAgency.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
