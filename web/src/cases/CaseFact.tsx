import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term and its value inside a <dl>. */
export function CaseFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
