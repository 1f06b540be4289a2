import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_OPTIONS } from '../cases/state-options.ts';
import { countryOptions } from '../exploitation/record-options.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { type AgencyFormValues, placeFieldsFor } from './agency-form.ts';

type AgencyPlaceFieldsProps = { form: UseFormReturnType<AgencyFormValues> };

/** Only the place the chosen level asks for: a state (and a municipality), or a country abroad. */
export function AgencyPlaceFields({ form }: AgencyPlaceFieldsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const countries = useMemo(() => countryOptions(language), [language]);
  const place = placeFieldsFor(form.values.jurisdictionLevel);
  const select = (field: 'stateCode' | 'countryCode') => {
    const input = form.getInputProps(field);
    return {
      ...input,
      value: input.value || null,
      onChange: (value: string | null) => input.onChange(value ?? ''),
    };
  };
  return (
    <>
      {place.state && (
        <Select
          label={t('admin.createAgency.state')}
          data={STATE_OPTIONS}
          required
          searchable
          {...select('stateCode')}
        />
      )}
      {place.municipality && (
        <TextInput
          label={t('admin.createAgency.municipality')}
          required
          maxLength={200}
          {...form.getInputProps('municipality')}
        />
      )}
      {place.country && (
        <Select
          label={t('admin.createAgency.country')}
          data={countries}
          required
          searchable
          {...select('countryCode')}
        />
      )}
    </>
  );
}
