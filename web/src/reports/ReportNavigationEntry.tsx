import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { ANNUAL_REPORT_PATH, ASSESSMENT_PATH, FIGURES_PATH } from './report-paths.ts';

/** Nested under Estadísticas, for those the API lets read the report, the figures and the assessment. */
export function ReportNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // The API's rule (report-access.ts): statisticians anywhere and every member of the commission.
  if (!user.roles.includes('statistician') && user.agency.agencyType !== 'interagency_commission')
    return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={ANNUAL_REPORT_PATH} label={t('reports.title')} onNavigate={onNavigate} />
      </li>
      <li>
        <NavigationLink to={FIGURES_PATH} label={t('reports.figures.link')} onNavigate={onNavigate} />
      </li>
      <li>
        <NavigationLink to={ASSESSMENT_PATH} label={t('reports.assessment.link')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
