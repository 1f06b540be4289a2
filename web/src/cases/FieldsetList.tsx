import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { PersonFormValues } from './person-form.ts';

type ListName = 'contacts' | 'documents';

type FieldsetListProps<Name extends ListName> = {
  form: UseFormReturnType<PersonFormValues>;
  name: Name;
  empty: FormArrayElement<PersonFormValues, Name>;
  max: number;
  labels: {
    heading: string;
    legend: (number: number) => string;
    remove: (number: number) => string;
    add: string;
  };
  /** The inputs of item `index`; `field(name)` binds one of its text fields, with autocomplete off. */
  children: (index: number, field: (key: string) => Record<string, unknown>) => ReactNode;
};

/** A person's repeatable items (contact points, documents): one fieldset each, removable, up to `max`. */
export function FieldsetList<Name extends ListName>({
  form,
  name,
  empty,
  max,
  labels,
  children,
}: FieldsetListProps<Name>) {
  const items = form.values[name];
  return (
    <Stack gap="xs">
      <Text fw={500}>{labels.heading}</Text>
      {items.map((_, index) => {
        const number = index + 1;
        const field = (key: string) => ({
          autoComplete: 'off',
          ...form.getInputProps(`${name}.${index}.${key}`),
        });
        return (
          // Items have no identity of their own until saved; their position is their key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fieldset key={index} legend={labels.legend(number)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{children(index, field)}</SimpleGrid>
            <Group justify="flex-end" mt="sm">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => form.removeListItem(name, index)}
              >
                {labels.remove(number)}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      {items.length < max && (
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => form.insertListItem(name, empty)}>
            {labels.add}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
