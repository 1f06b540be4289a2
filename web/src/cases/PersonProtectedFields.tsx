import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PersonFormValues } from './person-form.ts';

/** Identity and contact: stored encrypted, shown later only through an audited reveal. */
export function PersonProtectedFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  const text = (name: keyof PersonFormValues) => ({ autoComplete: 'off', ...form.getInputProps(name) });
  return (
    <>
      <Fieldset legend={t('cases.addPerson.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('cases.addPerson.givenNames')} maxLength={200} {...text('givenNames')} />
          <TextInput label={t('cases.addPerson.firstSurname')} maxLength={200} {...text('firstSurname')} />
          <TextInput label={t('cases.addPerson.secondSurname')} maxLength={200} {...text('secondSurname')} />
          <TextInput type="date" label={t('cases.addPerson.birthDate')} {...text('birthDate')} />
          <TextInput label={t('cases.addPerson.curp')} maxLength={18} spellCheck={false} {...text('curp')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('cases.addPerson.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="tel" label={t('cases.addPerson.phone')} maxLength={20} {...text('phone')} />
          <TextInput label={t('cases.addPerson.address')} maxLength={500} {...text('address')} />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
