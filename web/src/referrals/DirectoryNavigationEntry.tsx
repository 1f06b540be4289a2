import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { COVERAGE_GAPS_PATH, DIRECTORY_PATH } from './referral-paths.ts';

/** Nested under Canalizaciones: the directory for everyone, the coverage gaps for statisticians. */
export function DirectoryNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const statistician = useCurrentUser().roles.includes('statistician');
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink
          to={DIRECTORY_PATH}
          label={t('referrals.navigationDirectory')}
          onNavigate={onNavigate}
        />
      </li>
      {statistician && (
        <li>
          <NavigationLink to={COVERAGE_GAPS_PATH} label={t('referrals.gaps.title')} onNavigate={onNavigate} />
        </li>
      )}
    </Box>
  );
}
