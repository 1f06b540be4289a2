import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { TRANSFERS_PATH, worksCases } from './jurisdiction-paths.ts';

/** Nested under Casos, for the roles that work cases. */
export function TransfersNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!worksCases(user)) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={TRANSFERS_PATH} label={t('transfers.navigation')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
