import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyName } from './AgencyName.tsx';
import { RoleNames } from './RoleNames.tsx';
import { ShortId } from './ShortId.tsx';

type ActorSummaryProps = { userId: string | null; agencyId: string | null; roles: string[] };

/** Entries carry no names, only ids: the log never copies personal data, even an official's name. */
export function ActorSummary({ userId, agencyId, roles }: ActorSummaryProps) {
  const { t } = useTranslation();
  if (userId === null) return <Text fz="sm">{t('audit.systemActor')}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <ShortId id={userId} />
      <Text fz="xs" c="dimmed">
        {roles.length > 0 && (
          <>
            <RoleNames roles={roles} />
            {' · '}
          </>
        )}
        <AgencyName id={agencyId} />
      </Text>
    </Stack>
  );
}
