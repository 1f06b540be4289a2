import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { STATISTICAL_EXTRACT_PATH } from './exchange-paths.ts';

/** Nested under Estadísticas, for statisticians only: the API gives the extract to no other role. */
export function StatisticalExtractNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  if (!useCurrentUser().roles.includes('statistician')) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink
          to={STATISTICAL_EXTRACT_PATH}
          label={t('exchange.extract.title')}
          onNavigate={onNavigate}
        />
      </li>
    </Box>
  );
}
