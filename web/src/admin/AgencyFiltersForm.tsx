import { Paper, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENCY_TYPES } from '../../../src/platform/access/agency-types.ts';
import { STATE_OPTIONS } from '../cases/state-options.ts';
import type { AgencyFilters } from './agency-filters.ts';

type AgencyFiltersFormProps = { filters: AgencyFilters; onApply: (filters: AgencyFilters) => void };

/** Each choice applies at once, as in the case list. */
export function AgencyFiltersForm({ filters, onApply }: AgencyFiltersFormProps) {
  const { t } = useTranslation();
  const typeOptions = AGENCY_TYPES.map((type) => ({ value: type, label: t(`admin.agencies.types.${type}`) }));
  return (
    <Paper role="search" aria-label={t('admin.agencies.filters')} withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admin.agencies.filterType')}
          placeholder={t('admin.agencies.anyType')}
          data={typeOptions}
          clearable
          value={filters.agencyType || null}
          onChange={(value) => onApply({ ...filters, agencyType: value ?? '' })}
        />
        <Select
          label={t('admin.agencies.filterState')}
          placeholder={t('admin.agencies.anyState')}
          data={STATE_OPTIONS}
          searchable
          clearable
          value={filters.stateCode || null}
          onChange={(value) => onApply({ ...filters, stateCode: value ?? '' })}
        />
      </SimpleGrid>
    </Paper>
  );
}
