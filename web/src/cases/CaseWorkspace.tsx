import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../api/cases.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { BreakGlassBanner } from './BreakGlassBanner.tsx';
import { CaseSummaryCard } from './CaseSummaryCard.tsx';
import { ConflictOfInterestButton } from './ConflictOfInterestButton.tsx';
import { CASES_PATH } from './case-search.ts';
import { PeopleSection } from './PeopleSection.tsx';
import { ShareCaseButton } from './ShareCaseButton.tsx';

type CaseWorkspaceProps = { view: CaseView; breakGlassUntil: string | null };

export function CaseWorkspace({ view, breakGlassUntil }: CaseWorkspaceProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Anchor component={Link} to={CASES_PATH} fz="sm">
        {t('cases.workspace.backToList')}
      </Anchor>
      <PageHeading title={view.reference} />
      {view.relation === 'break_glass' && <BreakGlassBanner until={breakGlassUntil} />}
      <CaseSummaryCard view={view} />
      <Group gap="sm">
        {view.allowedActions.includes('case.share') && (
          <ShareCaseButton caseId={view.id} owningAgencyCode={view.owningAgency.code} />
        )}
        {view.relation !== 'break_glass' && <ConflictOfInterestButton caseId={view.id} />}
      </Group>
      <PeopleSection view={view} />
    </Stack>
  );
}
