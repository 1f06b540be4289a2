import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayPublishStatistics } from '../../../src/modules/publication/release-access.ts';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { RELEASES_PATH } from './releases-path.ts';

/**
 * Nested under Estadísticas for those who may act on releases, by the API's own rule
 * (mayPublishStatistics: the commission's statisticians and supervisors); nobody else is offered a page
 * that would answer "not found".
 */
export function ReleasesNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!mayPublishStatistics(user, user.agency.agencyType)) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={RELEASES_PATH} label={t('releases.title')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
