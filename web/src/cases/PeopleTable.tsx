import { EmptyState, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus } from '../api/screening.ts';
import type { NumberedPerson } from './PeopleSection.tsx';
import { PersonRow } from './PersonRow.tsx';

type PeopleTableProps = {
  people: NumberedPerson[];
  onReveal?: (target: NumberedPerson) => void;
  /** Each person's latest decision, by person id; undefined while not known. */
  identification: Map<string, IdentificationStatus> | undefined;
  onDecide?: (target: NumberedPerson) => void;
  onEdit?: ((target: NumberedPerson) => void) | undefined;
};

export function PeopleTable({ people, onReveal, identification, onDecide, onEdit }: PeopleTableProps) {
  const { t } = useTranslation();
  if (people.length === 0) {
    return (
      <EmptyState
        p="xl"
        title={t('cases.people.emptyTitle')}
        description={t('cases.people.empty')}
        role="status"
      />
    );
  }
  const showNeeds = people.some(({ person }) => person.needs !== undefined);
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('cases.people.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">{t('cases.people.role')}</Table.Th>
            <Table.Th scope="col">{t('cases.people.sex')}</Table.Th>
            <Table.Th scope="col">{t('cases.people.gender')}</Table.Th>
            <Table.Th scope="col">{t('cases.people.birthYear')}</Table.Th>
            <Table.Th scope="col">{t('cases.people.nationality')}</Table.Th>
            {showNeeds && <Table.Th scope="col">{t('cases.people.needs')}</Table.Th>}
            <Table.Th scope="col">{t('identification.decision.column')}</Table.Th>
            <Table.Th scope="col">{t('cases.people.protected')}</Table.Th>
            {onReveal && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('cases.reveal.button')}</VisuallyHidden>
              </Table.Th>
            )}
            {onEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('cases.people.edit')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((item) => (
            <PersonRow
              key={item.person.id}
              item={item}
              showNeeds={showNeeds}
              onReveal={onReveal}
              decision={identification && (identification.get(item.person.id) ?? null)}
              onDecide={onDecide}
              onEdit={onEdit}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
