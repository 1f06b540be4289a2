import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchCase, fetchPeople } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchInstruments } from '../api/screening.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { CASES_PATH } from '../cases/case-search.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ScreeningFlow } from './ScreeningFlow.tsx';

/** The interview with one person of a case, from the choice of instrument to the result kept on the case. */
export function ScreeningPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const read = useCallback(
    () =>
      Promise.all([fetchCase(caseId), fetchPeople(caseId), fetchInstruments()]).then(
        ([view, people, instruments]) => ({ view, people, instruments }),
      ),
    [caseId],
  );
  const sources = useApiQuery(read, null);
  const casePath = `${CASES_PATH}/${encodeURIComponent(caseId)}`;
  return (
    <Stack gap="xl">
      <Anchor component={Link} to={casePath} fz="sm">
        {t('identification.page.backToCase')}
      </Anchor>
      <PageHeading
        title={t('identification.page.title')}
        description={
          sources.status === 'loaded'
            ? t('identification.page.description', { reference: sources.data.view.reference })
            : undefined
        }
      />
      {sources.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {sources.status === 'failed' && <ProblemAlert error={sources.error} />}
      {sources.status === 'loaded' &&
        (sources.data.view.allowedActions.includes('case.update') ? (
          <ScreeningFlow
            caseId={caseId}
            casePath={casePath}
            people={sources.data.people}
            instruments={sources.data.instruments}
          />
        ) : (
          <Alert color="gray" variant="light">
            {t('identification.page.notAllowed')}
          </Alert>
        ))}
    </Stack>
  );
}
