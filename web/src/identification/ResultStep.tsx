import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { classifyAnswers, keepScreening } from '../api/screening.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { InterviewTarget } from './InterviewTarget.tsx';
import { goBack, type Interview } from './interview.ts';
import { ScreeningResultView } from './ScreeningResultView.tsx';
import { StepHeading } from './StepHeading.tsx';
import { discardDraft } from './screening-draft.ts';
import type { ScreeningTarget } from './screening-stage.ts';

type ResultStepProps = {
  casePath: string;
  target: ScreeningTarget;
  interview: Interview;
  onReview: (previous: Interview) => void;
};

/**
 * The server classifies the answers for review; only "keep" stores them on the case, where the server
 * turns the same answers into the same facts again, so what was shown is what is kept.
 */
export function ResultStep({ casePath, target, interview, onReview }: ResultStepProps) {
  const { t } = useTranslation();
  const { instrumentId, personId, caseId } = target.key;
  const read = useCallback(
    () => classifyAnswers(instrumentId, interview.answers),
    [instrumentId, interview.answers],
  );
  const result = useApiQuery(read, null);
  const [kept, setKept] = useState(false);
  const [keeping, setKeeping] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const keep = async () => {
    setFailure(null);
    setKeeping(true);
    try {
      await keepScreening(caseId, { personId, instrumentId, answers: interview.answers });
      discardDraft(window.sessionStorage, target.key);
      setKept(true);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setKeeping(false);
    }
  };
  return (
    <Stack gap="lg">
      <StepHeading>{t('identification.result.title')}</StepHeading>
      <InterviewTarget target={target} />
      {result.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {result.status === 'failed' && <ProblemAlert error={result.error} />}
      {result.status === 'loaded' && <ScreeningResultView result={result.data} />}
      <ProblemAlert error={failure} />
      <div role="status">
        {kept && (
          <Alert color="green" variant="light">
            {t('identification.result.saved')}
          </Alert>
        )}
      </div>
      {kept ? (
        <Group justify="flex-end">
          <Button component={Link} to={casePath}>
            {t('identification.page.backToCase')}
          </Button>
        </Group>
      ) : (
        <Group justify="space-between">
          <Button variant="default" onClick={() => onReview(goBack(interview))}>
            {t('identification.result.review')}
          </Button>
          <Button onClick={keep} loading={keeping} disabled={result.status !== 'loaded'}>
            {t('identification.result.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
