import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseShare, fetchShares } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { RevokeShareDialog } from './RevokeShareDialog.tsx';
import { SharesTable } from './SharesTable.tsx';

type SharesSectionProps = {
  caseId: string;
  /** Changes when the case was just shared, so the list is read again. */
  sharedAt: number;
};

/** For those who may share the case: who else holds it, and the way to end that. */
export function SharesSection({ caseId, sharedAt }: SharesSectionProps) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<CaseShare | null>(null);
  const [revoked, setRevoked] = useState<CaseShare | null>(null);
  const read = useCallback(() => fetchShares(caseId), [caseId]);
  const shares = useApiQuery(read, `${sharedAt}:${revoked?.id ?? ''}`);
  return (
    <Stack component="section" aria-labelledby="shares-heading" gap="md">
      <Title id="shares-heading" order={2} fz="h3">
        {t('cases.shares.title')}
      </Title>
      <Text c="dimmed" fz="sm">
        {t('cases.shares.intro')}
      </Text>
      <Text role="status" fz="sm">
        {revoked &&
          t('cases.shares.revoke.done', { agency: `${revoked.agency.name} (${revoked.agency.code})` })}
      </Text>
      {shares.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {shares.status === 'failed' && <ProblemAlert error={shares.error} />}
      {shares.status === 'loaded' && (
        <Paper withBorder>
          <SharesTable shares={shares.data} onRevoke={setRevoking} />
        </Paper>
      )}
      <RevokeShareDialog
        caseId={caseId}
        share={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(share) => {
          setRevoking(null);
          setRevoked(share);
        }}
      />
    </Stack>
  );
}
