import { Loader } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type BreakGlassGrant, type CaseView, fetchCase } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { CaseUnavailable } from './CaseUnavailable.tsx';
import { CaseWorkspace } from './CaseWorkspace.tsx';

/**
 * One case. A case the reader may not see answers 404 like one that does not exist; supervisors are
 * offered break-glass access there, and the grant's expiry is kept in memory for the banner.
 */
export function CaseWorkspacePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const [grant, setGrant] = useState<BreakGlassGrant | null>(null);
  const read = useCallback(() => fetchCase(caseId), [caseId]);
  const view = useApiQuery(read, grant);
  // A change answers the new view; it replaces the one read until the page reads a newer one.
  const [changed, setChanged] = useState<CaseView | null>(null);
  if (view.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (view.status === 'failed') {
    if (view.error.status === 404) return <CaseUnavailable caseId={caseId} onGranted={setGrant} />;
    return <ProblemAlert error={view.error} />;
  }
  const grantExpiry = grant?.caseId === caseId ? grant.expiresAt : null;
  const shown = changed?.id === caseId && changed.version > view.data.version ? changed : view.data;
  return (
    <CaseWorkspace
      key={caseId}
      view={shown}
      breakGlassUntil={shown.breakGlassUntil ?? grantExpiry}
      onUpdated={setChanged}
    />
  );
}
