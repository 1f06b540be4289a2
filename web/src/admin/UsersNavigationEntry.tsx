import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { isAdministrator, USERS_PATH } from './administrator.ts';

/** Nested under Administración, and shown to administrators only. */
export function UsersNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!isAdministrator(user)) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={USERS_PATH} label={t('admin.users.navigation')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
