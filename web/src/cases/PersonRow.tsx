import { Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus } from '../api/screening.ts';
import { NoValue } from '../audit/NoValue.tsx';
import { IdentificationCell } from '../identification/IdentificationCell.tsx';
import type { NumberedPerson } from './PeopleSection.tsx';

type PersonRowProps = {
  item: NumberedPerson;
  showNeeds: boolean;
  onReveal?: (target: NumberedPerson) => void;
  decision: IdentificationStatus | null | undefined;
  onDecide?: (target: NumberedPerson) => void;
  onEdit?: ((target: NumberedPerson) => void) | undefined;
};

export function PersonRow({ item, showNeeds, onReveal, decision, onDecide, onEdit }: PersonRowProps) {
  const { t } = useTranslation();
  const { person, number } = item;
  const protectedData = [
    ...(person.hasIdentity ? [t('cases.people.hasIdentity')] : []),
    ...(person.hasDocuments ? [t('cases.people.hasDocuments')] : []),
    ...(person.hasContact ? [t('cases.people.hasContact')] : []),
  ];
  const needs = (person.needs ?? []).map((need) =>
    t(`cases.people.needOptions.${need}`, { defaultValue: need }),
  );
  return (
    <Table.Tr>
      <Table.Th scope="row">{number}</Table.Th>
      <Table.Td>{t(`cases.people.roles.${person.role}`)}</Table.Td>
      <Table.Td>{person.sex ? t(`cases.people.sexes.${person.sex}`) : <NoValue />}</Table.Td>
      <Table.Td>{person.gender ? t(`cases.people.genders.${person.gender}`) : <NoValue />}</Table.Td>
      <Table.Td>{person.birthYear ?? <NoValue />}</Table.Td>
      <Table.Td>{person.nationality ?? <NoValue />}</Table.Td>
      {showNeeds && <Table.Td>{needs.length > 0 ? needs.join(', ') : <NoValue />}</Table.Td>}
      <IdentificationCell
        decision={decision}
        number={number}
        onDecide={onDecide ? () => onDecide(item) : undefined}
      />
      <Table.Td>
        {protectedData.length > 0 ? (
          <Group gap={4}>
            {protectedData.map((label) => (
              <Badge key={label} variant="outline" color="gray">
                {label}
              </Badge>
            ))}
          </Group>
        ) : (
          t('cases.people.noProtected')
        )}
      </Table.Td>
      {onReveal && (
        <Table.Td>
          {protectedData.length > 0 && (
            <Button
              variant="light"
              size="compact-sm"
              aria-label={t('cases.reveal.buttonLabel', { number })}
              onClick={() => onReveal(item)}
            >
              {t('cases.reveal.button')}
            </Button>
          )}
        </Table.Td>
      )}
      {onEdit && (
        <Table.Td>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('cases.people.editLabel', { number })}
            onClick={() => onEdit(item)}
          >
            {t('cases.people.edit')}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
