import { Stack, Text } from '@mantine/core';
import { AgencyName } from './AgencyName.tsx';
import { NoValue } from './NoValue.tsx';
import { RecordTypeName } from './RecordTypeName.tsx';
import { ShortId } from './ShortId.tsx';

export function RecordSummary({ type, id }: { type: string | null; id: string | null }) {
  if (type === null && id === null) return <NoValue />;
  return (
    <Stack gap={2} align="flex-start">
      {type !== null && (
        <Text fz="sm">
          <RecordTypeName type={type} />
        </Text>
      )}
      {id !== null && type === 'agency' && (
        <Text fz="sm" fw={500}>
          <AgencyName id={id} />
        </Text>
      )}
      {id !== null && type !== 'agency' && <ShortId id={id} />}
    </Stack>
  );
}
