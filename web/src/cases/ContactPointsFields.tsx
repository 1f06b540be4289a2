import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_CONTACTS } from '../../../src/modules/cases/people-contract.ts';
import { FieldsetList } from './FieldsetList.tsx';
import { EMPTY_CONTACT, type PersonFormValues } from './person-form.ts';

/** Several ways to reach a person (their own phone, a relative's, an address); each is encrypted. */
export function ContactPointsFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  return (
    <FieldsetList
      form={form}
      name="contacts"
      empty={EMPTY_CONTACT}
      max={MAX_CONTACTS}
      labels={{
        heading: t('cases.addPerson.contact'),
        legend: (number) => t('cases.addPerson.contactLegend', { number }),
        remove: (number) => t('cases.addPerson.removeContact', { number }),
        add: t('cases.addPerson.addContact'),
      }}
    >
      {(_, field) => (
        <>
          <TextInput type="tel" label={t('cases.addPerson.phone')} maxLength={20} {...field('phone')} />
          <TextInput type="email" label={t('cases.addPerson.email')} maxLength={254} {...field('email')} />
          <TextInput label={t('cases.addPerson.address')} maxLength={500} {...field('address')} />
        </>
      )}
    </FieldsetList>
  );
}
