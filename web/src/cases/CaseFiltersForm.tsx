import { Paper, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../src/modules/cases/schema.ts';
import type { CaseFilters } from './case-search.ts';
import { STATE_OPTIONS } from './state-options.ts';

type CaseFiltersFormProps = { filters: CaseFilters; onApply: (filters: CaseFilters) => void };

/** Each choice applies at once: two selects need no separate "filter" button. */
export function CaseFiltersForm({ filters, onApply }: CaseFiltersFormProps) {
  const { t } = useTranslation();
  const statusOptions = CASE_STATUSES.map((status) => ({
    value: status,
    label: t(`cases.statuses.${status}`),
  }));
  return (
    <Paper role="search" aria-label={t('cases.list.filters')} withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.list.status')}
          placeholder={t('cases.list.anyStatus')}
          data={statusOptions}
          clearable
          value={filters.status || null}
          onChange={(value) => onApply({ ...filters, status: value ?? '' })}
        />
        <Select
          label={t('cases.list.state')}
          placeholder={t('cases.list.anyState')}
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
