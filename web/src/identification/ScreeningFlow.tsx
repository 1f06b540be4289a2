import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import type { PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchInstrument, type InstrumentList } from '../api/screening.ts';
import { InterviewIntroduction } from './InterviewIntroduction.tsx';
import { type Interview, startInterview } from './interview.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { ResultStep } from './ResultStep.tsx';
import { ScreeningSetup } from './ScreeningSetup.tsx';
import { type Draft, discardDraft, saveDraft } from './screening-draft.ts';
import { interviewStage, type ScreeningStage, type ScreeningTarget } from './screening-stage.ts';
import { UnfinishedScreenings } from './UnfinishedScreenings.tsx';

type ScreeningFlowProps = {
  caseId: string;
  casePath: string;
  people: PersonSummary[];
  instruments: InstrumentList;
};

/** Setup, introduction, one question at a time, result: every answer is kept in the tab as it is given. */
export function ScreeningFlow({ caseId, casePath, people, instruments }: ScreeningFlowProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ScreeningStage>({ name: 'setup', returned: false });
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [outdated, setOutdated] = useState(false);
  // Counts drafts this flow discarded, so that the list of unfinished interviews reads them again.
  const [discarded, setDiscarded] = useState(0);
  const numbered = people.map((person, index) => ({ person, number: index + 1 }));

  const open = async (personId: string, instrumentId: string, draft?: Draft) => {
    setFailure(null);
    setOutdated(false);
    setOpening(true);
    try {
      const instrument = await fetchInstrument(instrumentId);
      const key = { caseId, personId, instrumentId };
      if (draft && draft.version !== instrument.version) {
        discardDraft(window.sessionStorage, key);
        setDiscarded((count) => count + 1);
        setOutdated(true);
        return;
      }
      const number = numbered.find((item) => item.person.id === personId)?.number ?? 0;
      const target = { key, number, instrument };
      const interview = startInterview(
        instrument.questions.map((question) => question.id),
        draft,
      );
      setStage(draft ? interviewStage(target, interview) : { name: 'introduction', target, interview });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setOpening(false);
    }
  };
  const record = (target: ScreeningTarget, interview: Interview) => {
    saveDraft(window.sessionStorage, target.key, target.instrument.version, interview);
    setStage(interviewStage(target, interview));
  };

  if (stage.name === 'setup') {
    return (
      <Stack gap="xl">
        {outdated && (
          <Alert color="orange" variant="light" role="alert">
            {t('identification.drafts.outdated')}
          </Alert>
        )}
        <ProblemAlert error={failure} />
        <UnfinishedScreenings
          key={discarded}
          caseId={caseId}
          people={numbered}
          instruments={instruments}
          busy={opening}
          onResume={(draft) => open(draft.personId, draft.instrumentId, draft)}
        />
        <ScreeningSetup
          people={numbered}
          instruments={instruments}
          busy={opening}
          focus={stage.returned}
          onStart={(personId, instrumentId) => open(personId, instrumentId)}
        />
      </Stack>
    );
  }
  const { target, interview } = stage;
  if (stage.name === 'introduction') {
    return (
      <InterviewIntroduction
        target={target}
        onStart={() => setStage({ name: 'question', target, interview })}
        onChange={() => setStage({ name: 'setup', returned: true })}
      />
    );
  }
  if (stage.name === 'question') {
    return (
      <QuestionStep
        key={interview.index}
        target={target}
        interview={interview}
        onAnswer={(next) => record(target, next)}
        onBack={(previous) =>
          previous ? record(target, previous) : setStage({ name: 'introduction', target, interview })
        }
      />
    );
  }
  return (
    <ResultStep
      casePath={casePath}
      target={target}
      interview={interview}
      onReview={(previous) => record(target, previous)}
    />
  );
}
