import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentList } from '../api/records.ts';
import type { RecordText } from './record-text.ts';

type StatisticsUseListProps = { statistics: ConsentList['statistics']; text: RecordText };

/** How each survivor's records enter the statistics today, so staff can explain what consent changes. */
export function StatisticsUseList({ statistics, text }: StatisticsUseListProps) {
  const { t } = useTranslation();
  if (statistics.people.length === 0) return null;
  const use = (person: ConsentList['statistics']['people'][number]) => {
    if (person.disaggregated) return t('cases.consent.statistics.everywhere');
    return person.aggregate
      ? t('cases.consent.statistics.totalsOnly')
      : t('cases.consent.statistics.nowhere');
  };
  return (
    <div>
      <Text fw={600} fz="sm">
        {t('cases.consent.statistics.title')}
      </Text>
      <Text c="dimmed" fz="sm">
        {t(`cases.consent.statistics.policies.${statistics.policy}`)}
      </Text>
      <List fz="sm" mt={4}>
        {statistics.people.map((person) => (
          <List.Item key={person.personId}>{`${text.person(person.personId)}: ${use(person)}`}</List.Item>
        ))}
      </List>
    </div>
  );
}
