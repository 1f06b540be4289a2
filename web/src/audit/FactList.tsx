import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** Label–value pairs as a description list, which screen readers announce as pairs. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <DataList labelWidth={230} withDivider>
      {facts.map(({ label, value }) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
