import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeopleSearchResult } from '../api/cases.ts';
import { casePath } from './case-search.ts';

type PersonSearchResultsProps = { result: PeopleSearchResult; onMore: (offset: number) => void };

/** Which case each match is in and in what role; identities are revealed there, with a reason. */
export function PersonSearchResults({ result, onMore }: PersonSearchResultsProps) {
  const { t } = useTranslation();
  const { items, nextOffset } = result;
  return (
    <>
      <Text role="status" fz="sm">
        {items.length === 0
          ? t('cases.personSearch.empty')
          : t('cases.personSearch.found', { count: items.length })}
      </Text>
      {items.length > 0 && (
        <Table verticalSpacing="xs">
          <Table.Caption>
            <VisuallyHidden>{t('cases.personSearch.caption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.personSearch.case')}</Table.Th>
              <Table.Th scope="col">{t('cases.personSearch.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.personId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={casePath(item.caseId)} ff="monospace">
                    {item.caseReference}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`cases.people.roles.${item.role}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {nextOffset !== null && (
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => onMore(nextOffset)}>
            {t('cases.personSearch.more')}
          </Button>
        </Group>
      )}
    </>
  );
}
