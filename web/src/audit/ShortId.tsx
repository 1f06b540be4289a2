import { Code } from '@mantine/core';

const SHOWN = 8;

/** The start of a long id is enough to tell rows apart; the details show it whole, to copy or filter by. */
export function ShortId({ id }: { id: string }) {
  return <Code>{id.length > SHOWN + 1 ? `${id.slice(0, SHOWN)}…` : id}</Code>;
}
