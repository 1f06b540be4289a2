import { Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencySummary } from '../api/agencies.ts';
import { placeLabel } from '../cases/state-options.ts';
import { countryName } from '../exploitation/record-options.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

export function AgenciesTable({ agencies }: { agencies: readonly AgencySummary[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const place = (agency: AgencySummary) =>
    agency.countryCode
      ? countryName(agency.countryCode, language)
      : placeLabel(agency.stateCode, agency.municipality) || t('admin.agencies.nationwide');
  // The table scrolls sideways on narrow screens and has no control to focus: keyboard users scroll the region.
  return (
    <Table.ScrollContainer
      minWidth={960}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t('admin.agencies.caption')}
    >
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('admin.agencies.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.agencies.code')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.type')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.sector')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.level')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.place')}</Table.Th>
            <Table.Th scope="col">{t('admin.agencies.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((agency) => (
            <Table.Tr key={agency.id}>
              <Table.Th scope="row" ff="monospace" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {agency.code}
              </Table.Th>
              <Table.Td>{agency.name}</Table.Td>
              <Table.Td>{t(`admin.agencies.types.${agency.agencyType}`)}</Table.Td>
              <Table.Td>{t(`admin.agencies.sectors.${agency.sector}`)}</Table.Td>
              <Table.Td>{t(`admin.agencies.levels.${agency.jurisdictionLevel}`)}</Table.Td>
              <Table.Td>{place(agency)}</Table.Td>
              <Table.Td>
                <Badge
                  variant={agency.disabled ? 'filled' : 'light'}
                  color={agency.disabled ? 'red.9' : 'gray'}
                  miw="max-content"
                >
                  {agency.disabled ? t('admin.agencies.disabled') : t('admin.agencies.active')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
