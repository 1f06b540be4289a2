import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayReadCaseAudit } from '../../../src/platform/access/case-audit-access.ts';
import type { CaseView } from '../api/cases.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { CaseAuditTrail } from './CaseAuditTrail.tsx';

/**
 * The trail in the case workspace, for the supervisors of the agency that owns the case (auditors, who
 * never open a case, read it from the audit page). A walled case never reaches the workspace.
 */
export function CaseAuditSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  const facts = { ownedByActorAgency: view.relation === 'owner', walled: false, platformOperator: false };
  if (!mayReadCaseAudit(roles, facts)) return null;
  return (
    <Stack component="section" aria-labelledby="case-audit-heading" gap="md">
      <Title id="case-audit-heading" order={2} fz="h3">
        {t('caseAudit.title')}
      </Title>
      <Text c="dimmed">{t('caseAudit.intro')}</Text>
      <CaseAuditTrail caseId={view.id} />
    </Stack>
  );
}
