import { Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BIRTH_DATE_PRECISIONS, type BirthDatePrecision } from '../../../src/modules/cases/birth-date.ts';
import { ContactPointsFields } from './ContactPointsFields.tsx';
import { DocumentsFields } from './DocumentsFields.tsx';
import type { PersonFormValues } from './person-form.ts';

const BIRTH_DATE_INPUT = {
  day: { type: 'date', label: 'cases.addPerson.birthDate', maxLength: undefined },
  month: { type: 'month', label: 'cases.addPerson.birthDateMonth', maxLength: undefined },
  year: { type: 'text', label: 'cases.addPerson.birthDateYear', maxLength: 4 },
} as const satisfies Record<
  BirthDatePrecision,
  { type: string; label: string; maxLength: number | undefined }
>;

/** Identity, documents and contact points: stored encrypted, shown later only through an audited reveal. */
export function PersonProtectedFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  const text = (name: keyof PersonFormValues) => ({ autoComplete: 'off', ...form.getInputProps(name) });
  const dateInput = BIRTH_DATE_INPUT[form.values.birthDatePrecision];
  return (
    <Stack gap="md">
      <Fieldset legend={t('cases.addPerson.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('cases.addPerson.givenNames')} maxLength={200} {...text('givenNames')} />
          <TextInput label={t('cases.addPerson.firstSurname')} maxLength={200} {...text('firstSurname')} />
          <TextInput label={t('cases.addPerson.secondSurname')} maxLength={200} {...text('secondSurname')} />
          <TextInput label={t('cases.addPerson.curp')} maxLength={18} spellCheck={false} {...text('curp')} />
          <Select
            label={t('cases.addPerson.birthDatePrecision')}
            data={BIRTH_DATE_PRECISIONS.map((precision) => ({
              value: precision,
              label: t(`cases.people.precisions.${precision}`),
            }))}
            allowDeselect={false}
            value={form.values.birthDatePrecision}
            onChange={(value) => {
              // A date typed at one precision does not fit the next input: start it again.
              form.setFieldValue('birthDatePrecision', (value ?? 'day') as BirthDatePrecision);
              form.setFieldValue('birthDate', '');
            }}
          />
          <TextInput
            type={dateInput.type}
            label={t(dateInput.label)}
            maxLength={dateInput.maxLength}
            inputMode={dateInput.type === 'text' ? 'numeric' : undefined}
            {...text('birthDate')}
          />
        </SimpleGrid>
      </Fieldset>
      <DocumentsFields form={form} />
      <ContactPointsFields form={form} />
    </Stack>
  );
}
