import { useTranslation } from 'react-i18next';
import type { SecurityAlert } from '../api/audit.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { AgencyName } from './AgencyName.tsx';
import { type Fact, FactList } from './FactList.tsx';
import { FullId } from './FullId.tsx';

export function AlertFacts({ alert }: { alert: SecurityAlert }) {
  const { t } = useTranslation();
  const { readsLastHour, limit, targetUserId } = alert.details;
  const facts: Fact[] = [
    { label: t('audit.alerts.raisedAt'), value: <DateTime iso={alert.raisedAt} withTimeZone /> },
    { label: t('audit.alerts.subject'), value: <FullId id={alert.subjectUserId} /> },
    { label: t('audit.alerts.agency'), value: <AgencyName id={alert.agencyId} full /> },
    { label: t('audit.alerts.case'), value: <FullId id={alert.caseId} /> },
  ];
  if (typeof targetUserId === 'string') {
    facts.push({ label: t('audit.alerts.account'), value: <FullId id={targetUserId} /> });
  }
  if (typeof readsLastHour === 'number' && typeof limit === 'number') {
    facts.push({
      label: t('audit.alerts.reads'),
      value: t('audit.alerts.readRate', { readsLastHour, limit }),
    });
  }
  if (alert.acknowledgedAt) {
    facts.push({ label: t('audit.alerts.acknowledgedAt'), value: <DateTime iso={alert.acknowledgedAt} /> });
  }
  return <FactList facts={facts} />;
}
