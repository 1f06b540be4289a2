import { MultiSelect, Select } from '@mantine/core';
import { fetchAgencyDirectory } from '../api/agencies.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

type AgencyFieldProps = {
  label: string;
  multiple: boolean;
  required: boolean;
  value: string | string[];
  error?: string | undefined;
  onChange: (value: string | string[]) => void;
};

/** Institutions from the directory, chosen by name; the value is the institution's code. */
export function AgencyField({ label, multiple, required, value, error, onChange }: AgencyFieldProps) {
  const directory = useApiQuery(fetchAgencyDirectory, 'once');
  const data =
    directory.status === 'loaded'
      ? directory.data.items.map((agency) => ({
          value: agency.code,
          label: `${agency.name} (${agency.code})`,
        }))
      : [];
  if (multiple) {
    return (
      <MultiSelect
        label={label}
        data={data}
        searchable
        value={Array.isArray(value) ? value : []}
        error={error}
        onChange={onChange}
      />
    );
  }
  return (
    <Select
      label={label}
      data={data}
      searchable
      clearable={!required}
      required={required}
      value={typeof value === 'string' && value !== '' ? value : null}
      error={error}
      onChange={(chosen) => onChange(chosen ?? '')}
    />
  );
}
