import { Badge, Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLATFORM_OPERATOR_CODE } from '../../../src/platform/access/agency-status.ts';
import type { AgencySummary } from '../api/agencies.ts';
import { placeLabel } from '../cases/state-options.ts';
import { countryName } from '../exploitation/record-options.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

type AgenciesTableProps = {
  agencies: readonly AgencySummary[];
  /** Suspend an active institution or reinstate a suspended one (the platform operator is never offered). */
  onChangeStatus: (agency: AgencySummary) => void;
};

export function AgenciesTable({ agencies, onChangeStatus }: AgenciesTableProps) {
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
            <Table.Th scope="col">{t('admin.agencies.actions')}</Table.Th>
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
              <Table.Td>
                {agency.code !== PLATFORM_OPERATOR_CODE && (
                  <Button
                    size="xs"
                    variant="default"
                    c={agency.disabled ? undefined : 'red.9'}
                    aria-label={t(
                      agency.disabled ? 'admin.agencies.reinstateLabel' : 'admin.agencies.suspendLabel',
                      { code: agency.code },
                    )}
                    onClick={() => onChangeStatus(agency)}
                  >
                    {agency.disabled ? t('admin.agencies.reinstate') : t('admin.agencies.suspend')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
