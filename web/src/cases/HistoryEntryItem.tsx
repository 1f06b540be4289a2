import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../src/modules/cases/schema.ts';
import type { HistoryEntry } from '../api/cases.ts';
import { DateTime } from '../i18n/DateTime.tsx';

const isCaseStatus = (value: unknown): value is CaseStatus => CASE_STATUSES.includes(value as CaseStatus);

/** The catalog under cases.people that names the values of a person's coded fields. */
const PERSON_VALUE_CATALOGS: Readonly<Record<string, string>> = {
  role: 'roles',
  sex: 'sexes',
  gender: 'genders',
  birthDatePrecision: 'precisions',
  disabilities: 'disabilities',
  needs: 'needOptions',
};

type Change = HistoryEntry['changes'][number];
type ShownValue = Extract<Change, { from: unknown }>['from'];

/** One change: what record, who and when, then each field; protected fields are named without values. */
export function HistoryEntryItem({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const record = t(`cases.history.records.${entry.recordType}`, { defaultValue: entry.recordType });
  const fieldLabel = (field: string) =>
    t(`cases.history.fields.${entry.recordType}_${field}`, { defaultValue: field });
  const valueLabel = (field: string, value: ShownValue) => {
    if (value === null) return t('cases.history.empty_value');
    const catalog = entry.recordType === 'person' ? PERSON_VALUE_CATALOGS[field] : undefined;
    const coded = (item: string | number) =>
      catalog ? t(`cases.people.${catalog}.${item}`, { defaultValue: String(item) }) : String(item);
    if (Array.isArray(value)) return value.map(coded).join(', ');
    if (entry.recordType === 'case' && field === 'status' && isCaseStatus(value)) {
      return t(`cases.statuses.${value}`);
    }
    return typeof value === 'string' ? coded(value) : String(value);
  };
  return (
    <>
      <Text fw={600}>{t(`cases.history.kinds.${entry.kind}`, { record, version: entry.version })}</Text>
      <Text fz="sm" c="dimmed">
        {t('cases.history.byline', { who: entry.changedBy.displayName, agency: entry.changedBy.agencyCode })}
        {' · '}
        <DateTime iso={entry.changedAt} />
      </Text>
      <List fz="sm" mt={4}>
        {entry.changes.map((change) => (
          <List.Item key={change.field}>
            {'protected' in change
              ? t('cases.history.protectedChange', { field: fieldLabel(change.field) })
              : t('cases.history.change', {
                  field: fieldLabel(change.field),
                  from: valueLabel(change.field, change.from),
                  to: valueLabel(change.field, change.to),
                })}
          </List.Item>
        ))}
      </List>
      {entry.reason && (
        <Text fz="sm" mt={4}>
          {t('cases.history.reason', { reason: entry.reason })}
        </Text>
      )}
    </>
  );
}
