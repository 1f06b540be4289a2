import { Stack, Text } from '@mantine/core';
import { useAgency } from './agency-directory.ts';
import { FullId } from './FullId.tsx';
import { ShortId } from './ShortId.tsx';

/** Short: the institution's code (for tables). Full: its name and code, with the id to filter by. */
export function AgencyName({ id, full = false }: { id: string | null; full?: boolean }) {
  const agency = useAgency(id);
  if (!full) return agency ? agency.code : id && <ShortId id={id} />;
  if (!agency) return <FullId id={id} />;
  return (
    <Stack gap={2} align="flex-start">
      <Text fz="sm">{`${agency.name} (${agency.code})`}</Text>
      <FullId id={id} />
    </Stack>
  );
}
