import { Anchor, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AUDIT_PATH } from '../audit/audit-paths.ts';
import { CaseAuditTrail } from './CaseAuditTrail.tsx';

/** A case's trail inside the audit page, for auditors, who never open the case itself. */
export function CaseAuditView() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  return (
    <Stack gap="md">
      <Anchor component={Link} to={AUDIT_PATH} fz="sm">
        {t('caseAudit.backToLog')}
      </Anchor>
      <Title order={2} fz="h3">
        {t('caseAudit.auditorTitle')}
      </Title>
      <Text c="dimmed">
        {t('caseAudit.intro')} <Code>{caseId}</Code>
      </Text>
      <CaseAuditTrail caseId={caseId} />
    </Stack>
  );
}
