import { Anchor, Group, Loader, NativeSelect, Stack, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CRITERIA } from '../../../src/contracts/annual-report.ts';
import { fetchAgencyDirectory } from '../api/agencies.ts';
import { fetchAssessment, fetchAssessmentHistory, fetchRecommendations } from '../api/assessment.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { AssessmentHistoryList } from './AssessmentHistoryList.tsx';
import { CriterionForm } from './CriterionForm.tsx';
import { NewRecommendationForm } from './NewRecommendationForm.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';
import { ANNUAL_REPORT_PATH } from './report-paths.ts';
import { reportYears } from './report-years.ts';
import { TierForm } from './TierForm.tsx';

/**
 * The commission's reviewers record the assessment of a year: a judgement with its reason for each
 * criterion, the assessed tier, and the tracked recommendations; every change is kept in the history.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const lastYear = new Date().getFullYear() - 1;
  const year = Number(search.get('year') ?? lastYear) || lastYear;
  const [changes, setChanges] = useState(0);
  const saved = () => setChanges((count) => count + 1);
  const readState = useCallback(() => fetchAssessment(year), [year]);
  const readHistory = useCallback(() => fetchAssessmentHistory(year), [year]);
  const state = useApiQuery(readState, changes);
  const history = useApiQuery(readHistory, changes);
  const recommendations = useApiQuery(fetchRecommendations, changes);
  const agencies = useApiQuery(fetchAgencyDirectory, null);
  if (state.status === 'failed' && state.error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="xl">
      <PageHeading title={t('reports.assessment.title')} description={t('reports.assessment.intro')} />
      <Group align="end" gap="xl">
        <NativeSelect
          label={t('reports.year')}
          value={String(year)}
          data={reportYears(lastYear + 1)}
          onChange={(event) => setSearch({ year: event.currentTarget.value })}
        />
        <Anchor component={Link} to={ANNUAL_REPORT_PATH}>
          {t('reports.title')}
        </Anchor>
      </Group>
      {state.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {state.status === 'failed' && <ProblemAlert error={state.error} />}
      {state.status === 'loaded' && (
        <>
          <Stack component="section" aria-labelledby="assessment-tier" gap="sm">
            <Title order={2} fz="h3" id="assessment-tier">
              {t('reports.assessment.tierHeading')}
            </Title>
            <TierForm
              key={`${year}-${state.data.tier?.version ?? 0}`}
              year={year}
              current={state.data.tier}
              editable={state.data.canEdit}
              onSaved={saved}
            />
          </Stack>
          <Stack component="section" aria-labelledby="assessment-criteria" gap="sm">
            <Title order={2} fz="h3" id="assessment-criteria">
              {t('reports.assessment.criteriaHeading')}
            </Title>
            {CRITERIA.map((criterion) => {
              const judgement = state.data.judgements.find((item) => item.criterion === criterion) ?? null;
              return (
                <CriterionForm
                  key={`${year}-${criterion}-${judgement?.version ?? 0}`}
                  year={year}
                  criterion={criterion}
                  current={judgement}
                  editable={state.data.canEdit}
                  onSaved={saved}
                />
              );
            })}
          </Stack>
          <Stack component="section" aria-labelledby="assessment-recommendations" gap="sm">
            <Title order={2} fz="h3" id="assessment-recommendations">
              {t('reports.assessment.recommendationsHeading')}
            </Title>
            {state.data.canEdit && (
              <NewRecommendationForm
                key={`new-${changes}`}
                agencies={agencies.status === 'loaded' ? agencies.data.items : []}
                onSaved={saved}
              />
            )}
            {recommendations.status === 'failed' && <ProblemAlert error={recommendations.error} />}
            {recommendations.status === 'loaded' &&
              recommendations.data.map((item) => (
                <RecommendationForm
                  key={`${item.id}-${item.version}`}
                  item={item}
                  agencies={agencies.status === 'loaded' ? agencies.data.items : []}
                  editable={state.data.canEdit}
                  onSaved={saved}
                />
              ))}
          </Stack>
          <Stack component="section" aria-labelledby="assessment-history" gap="sm">
            <Title order={2} fz="h3" id="assessment-history">
              {t('reports.assessment.historyHeading')}
            </Title>
            {history.status === 'failed' && <ProblemAlert error={history.error} />}
            {history.status === 'loaded' && <AssessmentHistoryList items={history.data.items} />}
          </Stack>
        </>
      )}
    </Stack>
  );
}
