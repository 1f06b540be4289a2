import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENTS } from '../../../src/modules/cases/people-contract.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../src/modules/cases/schema.ts';
import { FieldsetList } from './FieldsetList.tsx';
import { EMPTY_DOCUMENT, type PersonFormValues } from './person-form.ts';

/** Passports, consular and national IDs: kind and country count in statistics, the rest is encrypted. */
export function DocumentsFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  const kinds = DOCUMENT_KINDS.map((kind) => ({
    value: kind,
    label: t(`cases.people.documentKinds.${kind}`),
  }));
  return (
    <FieldsetList
      form={form}
      name="documents"
      empty={EMPTY_DOCUMENT}
      max={MAX_DOCUMENTS}
      labels={{
        heading: t('cases.addPerson.documents'),
        legend: (number) => t('cases.addPerson.documentLegend', { number }),
        remove: (number) => t('cases.addPerson.removeDocument', { number }),
        add: t('cases.addPerson.addDocument'),
      }}
    >
      {(index, field) => (
        <>
          <Select
            label={t('cases.addPerson.documentKind')}
            data={kinds}
            allowDeselect={false}
            {...form.getInputProps(`documents.${index}.kind`)}
            onChange={(value) =>
              form.setFieldValue(`documents.${index}.kind`, (value ?? 'passport') as DocumentKind)
            }
          />
          <TextInput label={t('cases.addPerson.issuingCountry')} maxLength={2} {...field('issuingCountry')} />
          <TextInput
            label={t('cases.addPerson.documentNumber')}
            maxLength={40}
            spellCheck={false}
            {...field('number')}
          />
          <TextInput type="date" label={t('cases.addPerson.expiresOn')} {...field('expiresOn')} />
        </>
      )}
    </FieldsetList>
  );
}
