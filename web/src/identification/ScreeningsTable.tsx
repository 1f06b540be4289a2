import { EmptyState, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeptScreening } from '../api/screening.ts';
import type { InstrumentEntry } from './instrument-index.ts';
import { ScreeningRow } from './ScreeningRow.tsx';

type ScreeningsTableProps = {
  screenings: KeptScreening[];
  instruments: Map<string, InstrumentEntry>;
  personNumbers: Map<string, number>;
};

export function ScreeningsTable({ screenings, instruments, personNumbers }: ScreeningsTableProps) {
  const { t } = useTranslation();
  if (screenings.length === 0) {
    return (
      <EmptyState
        p="xl"
        title={t('identification.section.emptyTitle')}
        description={t('identification.section.empty')}
        role="status"
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('identification.section.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('identification.section.person')}</Table.Th>
            <Table.Th scope="col">{t('identification.section.outcome')}</Table.Th>
            <Table.Th scope="col">{t('identification.section.instrument')}</Table.Th>
            <Table.Th scope="col">{t('identification.section.screenedBy')}</Table.Th>
            <Table.Th scope="col">{t('identification.section.screenedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {screenings.map((screening) => (
            <ScreeningRow
              key={screening.id}
              screening={screening}
              instruments={instruments}
              personNumbers={personNumbers}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
