import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { RELEASES_PATH } from './releases-path.ts';

/**
 * Nested under Estadísticas for statisticians, who prepare releases. The API decides who may approve
 * (the commission's statisticians and supervisors); a statistician elsewhere is told there is nothing here.
 */
export function ReleasesNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  if (!useCurrentUser().roles.includes('statistician')) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={RELEASES_PATH} label={t('releases.title')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
