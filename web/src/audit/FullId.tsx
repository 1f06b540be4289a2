import { Code } from '@mantine/core';
import { NoValue } from './NoValue.tsx';

export function FullId({ id }: { id: string | null }) {
  return id === null ? <NoValue /> : <Code style={{ wordBreak: 'break-all' }}>{id}</Code>;
}
