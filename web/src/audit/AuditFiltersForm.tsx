import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { auditQuery } from '../../../src/contracts/audit.ts';
import { type AuditFilters, NO_FILTERS } from './audit-search.ts';
import { useActionOptions, useRecordTypeOptions } from './useFilterOptions.ts';

type AuditFiltersFormProps = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const actionOptions = useActionOptions(filters.action);
  const recordTypeOptions = useRecordTypeOptions(filters.recordType);
  const form = useForm<AuditFilters>({
    initialValues: filters,
    validate: {
      actorUserId: (value) =>
        !value.trim() || auditQuery.shape.actorUserId.safeParse(value.trim()).success
          ? null
          : t('audit.filters.actorInvalid'),
      recordId: (value) =>
        auditQuery.shape.recordId.safeParse(value.trim()).success ? null : t('audit.filters.recordIdInvalid'),
      to: (value, { from }) => (value && from && value < from ? t('audit.filters.rangeInvalid') : null),
    },
  });

  return (
    <Paper
      component="form"
      role="search"
      aria-label={t('audit.filters.title')}
      withBorder
      p="lg"
      noValidate
      onSubmit={form.onSubmit(onApply)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {/* The form keeps "" for "any"; Mantine's Select wants null there, or it offers to clear nothing. */}
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.anyAction')}
          data={actionOptions}
          searchable
          clearable
          {...form.getInputProps('action')}
          value={form.values.action || null}
          onChange={(value) => form.setFieldValue('action', value ?? '')}
        />
        <Select
          label={t('audit.filters.recordType')}
          placeholder={t('audit.filters.anyRecordType')}
          data={recordTypeOptions}
          clearable
          {...form.getInputProps('recordType')}
          value={form.values.recordType || null}
          onChange={(value) => form.setFieldValue('recordType', value ?? '')}
        />
        <TextInput
          label={t('audit.filters.recordId')}
          spellCheck={false}
          {...form.getInputProps('recordId')}
        />
        <TextInput
          label={t('audit.filters.actorUserId')}
          spellCheck={false}
          {...form.getInputProps('actorUserId')}
        />
        <TextInput type="date" label={t('audit.filters.from')} {...form.getInputProps('from')} />
        <TextInput type="date" label={t('audit.filters.to')} {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => onApply(NO_FILTERS)}>
          {t('audit.filters.clear')}
        </Button>
        <Button type="submit">{t('audit.filters.apply')}</Button>
      </Group>
    </Paper>
  );
}
