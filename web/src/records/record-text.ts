import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/cases.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { OptionGroup } from './record-form.ts';

/** How case records read on screen: option labels, calendar dates, pesos, and people by number. */
export function useRecordText(people: readonly PersonSummary[]) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const pesos = new Intl.NumberFormat(language, { style: 'currency', currency: 'MXN' });
  const numbers = new Map(people.map((person, index) => [person.id, index + 1]));
  return {
    option: (group: OptionGroup, value: string) =>
      t(`cases.records.options.${group}.${value}`, { defaultValue: value }),
    /** A calendar date (YYYY-MM-DD): no time zone may move it to the day before. */
    date: (iso: string | null) =>
      iso ? dates.format(new Date(`${iso}T00:00:00Z`)) : t('cases.records.noValue'),
    money: (amount: number | null) => (amount === null ? t('cases.records.noValue') : pesos.format(amount)),
    person: (personId: string) => t('cases.records.personNumber', { number: numbers.get(personId) ?? '?' }),
  };
}

export type RecordText = ReturnType<typeof useRecordText>;
