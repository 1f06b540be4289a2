import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_CONTACTS } from '../../../src/modules/cases/people-contract.ts';
import { EMPTY_CONTACT, type PersonFormValues } from './person-form.ts';

/** Several ways to reach a person (their own phone, a relative's, an address); each is encrypted. */
export function ContactPointsFields({ form }: { form: UseFormReturnType<PersonFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('cases.addPerson.contact')}</Text>
      {form.values.contacts.map((_, index) => {
        const number = index + 1;
        const field = (name: string) => ({
          autoComplete: 'off',
          ...form.getInputProps(`contacts.${index}.${name}`),
        });
        return (
          // Items have no identity of their own until saved; their position is their key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fieldset key={index} legend={t('cases.addPerson.contactLegend', { number })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="tel" label={t('cases.addPerson.phone')} maxLength={20} {...field('phone')} />
              <TextInput
                type="email"
                label={t('cases.addPerson.email')}
                maxLength={254}
                {...field('email')}
              />
              <TextInput label={t('cases.addPerson.address')} maxLength={500} {...field('address')} />
            </SimpleGrid>
            <Group justify="flex-end" mt="sm">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => form.removeListItem('contacts', index)}
              >
                {t('cases.addPerson.removeContact', { number })}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      {form.values.contacts.length < MAX_CONTACTS && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => form.insertListItem('contacts', EMPTY_CONTACT)}
          >
            {t('cases.addPerson.addContact')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
