import { AppShell, Divider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgenciesNavigationEntry } from '../admin/AgenciesNavigationEntry.tsx';
import { UsersNavigationEntry } from '../admin/UsersNavigationEntry.tsx';
import { AuditNavigationEntry } from '../audit/AuditNavigationEntry.tsx';
import { StatisticalExtractNavigationEntry } from '../exchange/StatisticalExtractNavigationEntry.tsx';
import { TransfersNavigationEntry } from '../jurisdiction/TransfersNavigationEntry.tsx';
import { MODULES } from '../modules/modules.ts';
import { ReleasesNavigationEntry } from '../publication/ReleasesNavigationEntry.tsx';
import { DirectoryNavigationEntry } from '../referrals/DirectoryNavigationEntry.tsx';
import { ReportNavigationEntry } from '../reports/ReportNavigationEntry.tsx';
import { NavigationLink } from './NavigationLink.tsx';

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation(['web', 'common']);
  return (
    <AppShell.Navbar id="main-navigation" aria-label={t('frame.navigation')} p="sm">
      <AppShell.Section>
        <NavigationLink to="/" end label={t('frame.home')} onNavigate={onNavigate} />
      </AppShell.Section>
      <Divider my="sm" />
      <AppShell.Section grow>
        <Text id="modules-heading" component="h2" fz="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb="xs">
          {t('frame.modules')}
        </Text>
        <ul aria-labelledby="modules-heading" className="enlace-plain-list">
          {MODULES.map((module) => (
            <li key={module.key}>
              <NavigationLink
                to={module.path}
                label={t(`common:modules.${module.key}`)}
                onNavigate={onNavigate}
              />
              {module.key === 'cases' && <TransfersNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'referrals' && <DirectoryNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'statistics' && <ReleasesNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'statistics' && <ReportNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'statistics' && <StatisticalExtractNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'administration' && <UsersNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'administration' && <AgenciesNavigationEntry onNavigate={onNavigate} />}
              {module.key === 'administration' && <AuditNavigationEntry onNavigate={onNavigate} />}
            </li>
          ))}
        </ul>
      </AppShell.Section>
      <Divider my="sm" />
      <AppShell.Section>
        <NavigationLink to="/system" label={t('system.title')} onNavigate={onNavigate} />
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
