import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { AGENCIES_PATH, isPlatformAdministrator } from './administrator.ts';

/** Nested under Administración beside Usuarios, for the platform operator's administrators only. */
export function AgenciesNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!isPlatformAdministrator(user)) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={AGENCIES_PATH} label={t('admin.agencies.navigation')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
