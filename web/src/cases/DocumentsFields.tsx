import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENTS } from '../../../src/modules/cases/people-contract.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../src/modules/cases/schema.ts';
import { EMPTY_DOCUMENT, type PersonFormValues } from './person-form.ts';

/** Passports, consular and national IDs: kind and country count in statistics, the rest is encrypted. */
export function DocumentsFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  const kinds = DOCUMENT_KINDS.map((kind) => ({
    value: kind,
    label: t(`cases.people.documentKinds.${kind}`),
  }));
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('cases.addPerson.documents')}</Text>
      {form.values.documents.map((_, index) => {
        const number = index + 1;
        const field = (name: string) => ({
          autoComplete: 'off',
          ...form.getInputProps(`documents.${index}.${name}`),
        });
        return (
          // Items have no identity of their own until saved; their position is their key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fieldset key={index} legend={t('cases.addPerson.documentLegend', { number })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('cases.addPerson.documentKind')}
                data={kinds}
                allowDeselect={false}
                {...form.getInputProps(`documents.${index}.kind`)}
                onChange={(value) =>
                  form.setFieldValue(`documents.${index}.kind`, (value ?? 'passport') as DocumentKind)
                }
              />
              <TextInput
                label={t('cases.addPerson.issuingCountry')}
                maxLength={2}
                {...field('issuingCountry')}
              />
              <TextInput
                label={t('cases.addPerson.documentNumber')}
                maxLength={40}
                spellCheck={false}
                {...field('number')}
              />
              <TextInput type="date" label={t('cases.addPerson.expiresOn')} {...field('expiresOn')} />
            </SimpleGrid>
            <Group justify="flex-end" mt="sm">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => form.removeListItem('documents', index)}
              >
                {t('cases.addPerson.removeDocument', { number })}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      {form.values.documents.length < MAX_DOCUMENTS && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => form.insertListItem('documents', EMPTY_DOCUMENT)}
          >
            {t('cases.addPerson.addDocument')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
