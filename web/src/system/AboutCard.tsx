import { useTranslation } from 'react-i18next';
import { fetchAbout } from '../api/system.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { languageName } from '../i18n/language.ts';
import { DetailList } from './DetailList.tsx';
import { StatusCard } from './StatusCard.tsx';

export function AboutCard({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const query = useApiQuery(fetchAbout, refreshKey);
  return (
    <StatusCard title={t('system.about')} query={query}>
      {(about) => (
        <DetailList
          details={[
            { label: t('system.version'), value: `${about.name} ${about.version}` },
            { label: t('system.node'), value: about.node },
            { label: t('system.databaseMode'), value: t(`system.databaseModes.${about.database.mode}`) },
            { label: t('system.databaseVersion'), value: about.database.serverVersion },
            { label: t('system.languages'), value: about.languages.map(languageName).join(', ') },
          ]}
        />
      )}
    </StatusCard>
  );
}
