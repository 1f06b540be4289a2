import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavigationLink } from '../frame/NavigationLink.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { AUDIT_PATH } from './audit-paths.ts';
import { isAuditor } from './auditor.ts';

/** Nested under Administración, and shown to auditors only: to anyone else the audit pages do not exist. */
export function AuditNavigationEntry({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!isAuditor(user)) return null;
  return (
    <Box component="ul" className="enlace-plain-list" pl="md">
      <li>
        <NavigationLink to={AUDIT_PATH} label={t('audit.title')} onNavigate={onNavigate} />
      </li>
    </Box>
  );
}
