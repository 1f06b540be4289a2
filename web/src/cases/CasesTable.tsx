import { Anchor, Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../api/cases.ts';
import { casePath } from './case-search.ts';
import { placeLabel } from './state-options.ts';

export function CasesTable({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{t('cases.list.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.list.reference')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.status')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.location')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.openedOn')}</Table.Th>
            <Table.Th scope="col">{t('cases.list.owningAgency')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={casePath(item.id)} ff="monospace">
                  {item.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Badge variant="light">{t(`cases.statuses.${item.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{placeLabel(item.stateCode, item.municipality)}</Table.Td>
              <Table.Td>{item.openedOn}</Table.Td>
              <Table.Td title={item.owningAgency.name}>{item.owningAgency.code}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
