import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch, useNavigate } from 'react-router';
import { fetchSecurityAlerts } from '../api/audit.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { AgencyDirectoryContext } from './agency-directory.ts';
import { ALERTS_PATH, AUDIT_PATH } from './audit-paths.ts';
import { UnacknowledgedCount } from './UnacknowledgedCount.tsx';
import { useAgencyDirectory } from './useAgencyDirectory.ts';

type View = 'log' | 'alerts';

export function AuditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const view: View = useMatch(ALERTS_PATH) ? 'alerts' : 'log';
  // Read again whenever the auditor switches views, so the count on the tab does not go stale.
  const alerts = useApiQuery(fetchSecurityAlerts, view);
  const directory = useAgencyDirectory();
  // The session's roles may be older than the account's: the API's answer decides.
  if (alerts.status === 'failed' && alerts.error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="xl">
      <PageHeading title={t('audit.title')} description={t('audit.intro')} />
      {/* Without keepMounted only the active panel renders the outlet, which holds the current view. */}
      <AgencyDirectoryContext value={directory}>
        <Tabs
          value={view}
          onChange={(chosen) => navigate(chosen === 'alerts' ? ALERTS_PATH : AUDIT_PATH)}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="log">{t('audit.views.log')}</Tabs.Tab>
            <Tabs.Tab value="alerts" rightSection={<UnacknowledgedCount query={alerts} />}>
              {t('audit.views.alerts')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="log" pt="lg">
            <Outlet context={alerts} />
          </Tabs.Panel>
          <Tabs.Panel value="alerts" pt="lg">
            <Outlet context={alerts} />
          </Tabs.Panel>
        </Tabs>
      </AgencyDirectoryContext>
    </Stack>
  );
}
