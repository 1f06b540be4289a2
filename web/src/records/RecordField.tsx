import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/cases.ts';
import { AgencyField } from './AgencyField.tsx';
import { type FieldSpec, type FormValues, optionValues } from './record-form.ts';
import type { RecordText } from './record-text.ts';

type RecordFieldProps = {
  field: FieldSpec;
  form: UseFormReturnType<FormValues>;
  people: readonly PersonSummary[];
  text: RecordText;
  /** A fixed field shows what the record is about but does not change. */
  locked: boolean;
};

const today = () => new Date().toISOString().slice(0, 10);

export function RecordField({ field, form, people, text, locked }: RecordFieldProps) {
  const { t } = useTranslation();
  const label = t(`cases.records.fields.${field.name}`);
  const value = form.values[field.name];
  const error = form.errors[field.name] as string | undefined;
  const set = (next: FormValues[string]) => form.setFieldValue(field.name, next);
  const choices = (values: readonly string[]) =>
    values.map((option) => ({
      value: option,
      label: field.options ? text.option(field.options.group, option) : option,
    }));
  switch (field.kind) {
    case 'date':
      return (
        <TextInput
          type="date"
          label={label}
          required={field.required}
          max={today()}
          disabled={locked}
          {...form.getInputProps(field.name)}
        />
      );
    case 'number':
      return (
        <TextInput
          inputMode="decimal"
          label={label}
          required={field.required}
          disabled={locked}
          {...form.getInputProps(field.name)}
        />
      );
    case 'text':
      return (
        <TextInput
          label={label}
          required={field.required}
          maxLength={200}
          disabled={locked}
          {...form.getInputProps(field.name)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxLength={2000}
          disabled={locked}
          {...form.getInputProps(field.name)}
        />
      );
    case 'confirm':
      return (
        <Checkbox label={label} disabled={locked} {...form.getInputProps(field.name, { type: 'checkbox' })} />
      );
    case 'agency':
    case 'agencies':
      return (
        <AgencyField
          label={label}
          multiple={field.kind === 'agencies'}
          required={field.required ?? false}
          value={typeof value === 'boolean' ? '' : (value ?? '')}
          error={error}
          onChange={set}
        />
      );
    case 'multiselect':
      return (
        <Checkbox.Group label={label} value={Array.isArray(value) ? value : []} error={error} onChange={set}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {choices(optionValues(field, form.values)).map((choice) => (
              <Checkbox key={choice.value} value={choice.value} label={choice.label} disabled={locked} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case 'select':
    case 'person': {
      const data =
        field.kind === 'person'
          ? people
              .filter((person) => !field.roles || field.roles.includes(person.role))
              .map((person) => ({
                value: person.id,
                label: `${text.person(person.id)} · ${t(`cases.people.roles.${person.role}`)}`,
              }))
          : choices(optionValues(field, form.values));
      return (
        <Select
          label={label}
          data={data}
          required={field.required}
          clearable={!field.required}
          allowDeselect={!field.required}
          disabled={locked}
          value={typeof value === 'string' && value !== '' ? value : null}
          error={error}
          onChange={(chosen) => set(chosen ?? '')}
        />
      );
    }
  }
}
