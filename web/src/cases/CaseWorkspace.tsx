import { Anchor, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../api/cases.ts';
import { CaseAuditSection } from '../case-audit/CaseAuditSection.tsx';
import { CaseFilesSection } from '../case-files/CaseFilesSection.tsx';
import { ExploitationSection } from '../exploitation/ExploitationSection.tsx';
import { SuspectRolesSection } from '../exploitation/SuspectRolesSection.tsx';
import { ScreeningSection } from '../identification/ScreeningSection.tsx';
import { JurisdictionPanel } from '../jurisdiction/JurisdictionPanel.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ConsentSection } from '../records/ConsentSection.tsx';
import { LegalTrackSection } from '../records/LegalTrackSection.tsx';
import { ProtectionSection } from '../records/ProtectionSection.tsx';
import { FollowUpPanel } from '../referrals/FollowUpPanel.tsx';
import { ReferralPanel } from '../referrals/ReferralPanel.tsx';
import { BreakGlassBanner } from './BreakGlassBanner.tsx';
import { CaseHistorySection } from './CaseHistorySection.tsx';
import { CaseSummaryCard } from './CaseSummaryCard.tsx';
import { ChangeStatusButton } from './ChangeStatusButton.tsx';
import { ConflictOfInterestButton } from './ConflictOfInterestButton.tsx';
import { CASES_PATH } from './case-search.ts';
import { PeopleSection } from './PeopleSection.tsx';
import { ShareCaseButton } from './ShareCaseButton.tsx';
import { SharesSection } from './SharesSection.tsx';
import { useCasePeople } from './useCasePeople.ts';

type CaseWorkspaceProps = {
  view: CaseView;
  breakGlassUntil: string | null;
  onUpdated: (view: CaseView) => void;
};

export function CaseWorkspace({ view, breakGlassUntil, onUpdated }: CaseWorkspaceProps) {
  const { t } = useTranslation();
  const [sharedAt, setSharedAt] = useState(0);
  const mayShare = view.allowedActions.includes('case.share');
  const { people, refresh: refreshPeople } = useCasePeople(view.id);
  return (
    <Stack gap="xl">
      <Anchor component={Link} to={CASES_PATH} fz="sm">
        {t('cases.workspace.backToList')}
      </Anchor>
      <PageHeading title={view.reference} />
      {view.relation === 'break_glass' && <BreakGlassBanner until={breakGlassUntil} />}
      <CaseSummaryCard view={view} />
      <Group gap="sm">
        {view.allowedActions.includes('case.update') && (
          <ChangeStatusButton view={view} onChanged={onUpdated} />
        )}
        {mayShare && (
          <ShareCaseButton
            caseId={view.id}
            owningAgencyCode={view.owningAgency.code}
            onShared={() => setSharedAt(Date.now())}
          />
        )}
        {view.relation !== 'break_glass' && <ConflictOfInterestButton caseId={view.id} />}
      </Group>
      <PeopleSection view={view} people={people} onAdded={refreshPeople} />
      <ScreeningSection view={view} people={people} />
      <ExploitationSection view={view} people={people} />
      <SuspectRolesSection view={view} people={people} />
      <JurisdictionPanel view={view} />
      <LegalTrackSection view={view} people={people} onCaseUpdated={onUpdated} />
      <ProtectionSection view={view} people={people} />
      <ConsentSection view={view} people={people} />
      <CaseFilesSection view={view} people={people} />
      {view.allowedActions.includes('needs.read') && <ReferralPanel view={view} people={people} />}
      {view.allowedActions.includes('needs.read') && <FollowUpPanel caseId={view.id} people={people} />}
      {mayShare && <SharesSection caseId={view.id} sharedAt={sharedAt} />}
      <CaseHistorySection view={view} />
      <CaseAuditSection view={view} />
    </Stack>
  );
}
