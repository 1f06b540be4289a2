import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NEEDS } from '../../../src/modules/cases/people-contract.ts';
import { DISABILITIES, GENDERS, SEXES } from '../../../src/modules/cases/schema.ts';
import type { PersonFormValues } from './person-form.ts';

type PersonProfileFieldsProps = {
  form: UseFormReturnType<PersonFormValues>;
  /** Hidden from readers who may not see a person's needs. */
  showNeeds: boolean;
  /** Why the year cannot be typed here, when the identity's date of birth sets it. */
  birthYearLocked?: string | undefined;
};

/** What statistics count about a person, identifying no one: the same fields to add and to edit. */
export function PersonProfileFields({ form, showNeeds, birthYearLocked }: PersonProfileFieldsProps) {
  const { t } = useTranslation();
  const choice = <Value extends string>(
    name: 'sex' | 'gender' | 'hasDisability',
    values: readonly Value[],
    label: (value: Value) => string,
  ) => ({
    data: values.map((value) => ({ value, label: label(value) })),
    placeholder: t('cases.addPerson.noValue'),
    clearable: true,
    ...form.getInputProps(name),
    value: form.values[name] || null,
    onChange: (value: string | null) => form.setFieldValue(name, (value ?? '') as never),
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.addPerson.sex')}
          {...choice('sex', SEXES, (sex) => t(`cases.people.sexes.${sex}`))}
        />
        <Select
          label={t('cases.addPerson.gender')}
          {...choice('gender', GENDERS, (gender) => t(`cases.people.genders.${gender}`))}
        />
        <TextInput
          label={t('cases.addPerson.birthYear')}
          inputMode="numeric"
          maxLength={4}
          disabled={birthYearLocked !== undefined}
          description={birthYearLocked}
          {...form.getInputProps('birthYear')}
        />
        <TextInput
          label={t('cases.addPerson.nationality')}
          maxLength={2}
          {...form.getInputProps('nationality')}
        />
        <TextInput
          label={t('cases.addPerson.indigenousLanguage')}
          maxLength={60}
          {...form.getInputProps('indigenousLanguage')}
        />
        <Select
          label={t('cases.addPerson.disability')}
          {...choice('hasDisability', ['yes', 'no'] as const, (value) =>
            t(`cases.people.disabilityValues.${value}`),
          )}
        />
      </SimpleGrid>
      {form.values.hasDisability === 'yes' && (
        <Checkbox.Group label={t('cases.addPerson.disabilityKinds')} {...form.getInputProps('disabilities')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {DISABILITIES.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`cases.people.disabilities.${kind}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      {showNeeds && (
        <Checkbox.Group label={t('cases.addPerson.needs')} {...form.getInputProps('needs')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {NEEDS.map((need) => (
              <Checkbox key={need} value={need} label={t(`cases.people.needOptions.${need}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
