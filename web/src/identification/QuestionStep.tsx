import { Button, Group, Progress, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/screening.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { AgeAnswer } from './AgeAnswer.tsx';
import { InterviewTarget } from './InterviewTarget.tsx';
import { answerCurrent, goBack, type Interview, progress } from './interview.ts';
import { StepHeading } from './StepHeading.tsx';
import type { ScreeningTarget } from './screening-stage.ts';
import { YesNoAnswer } from './YesNoAnswer.tsx';

type QuestionStepProps = {
  target: ScreeningTarget;
  interview: Interview;
  onAnswer: (next: Interview) => void;
  /** Called with the interview one question back, or null on the first question. */
  onBack: (previous: Interview | null) => void;
};

/** One question, whatever the screen size; the answer given before, if any, shows again. */
export function QuestionStep({ target, interview, onAnswer, onBack }: QuestionStepProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const question = target.instrument.questions[interview.index];
  const [answer, setAnswer] = useState<Answer | undefined>(question && interview.answers[question.id]);
  const [error, setError] = useState<string | null>(null);
  if (!question) return null;
  const { position, total } = progress(interview);
  const label = t('identification.question.progress', { position, total });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === undefined) {
      setError(
        question.kind === 'age'
          ? t('identification.question.ageInvalid')
          : t('identification.question.answerRequired'),
      );
      return;
    }
    onAnswer(answerCurrent(interview, answer));
  };
  const change = (next: Answer | undefined) => {
    setAnswer(next);
    setError(null);
  };
  return (
    <Stack gap="lg">
      <StepHeading>{label}</StepHeading>
      <InterviewTarget target={target} />
      <Progress value={(position / total) * 100} aria-label={label} />
      <form onSubmit={submit} noValidate>
        <Stack gap="xl">
          {question.kind === 'age' ? (
            <AgeAnswer label={question.text[language]} answer={answer} error={error} onChange={change} />
          ) : (
            <YesNoAnswer label={question.text[language]} answer={answer} error={error} onChange={change} />
          )}
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => onBack(interview.index === 0 ? null : goBack(interview))}
            >
              {t('identification.question.back')}
            </Button>
            <Button type="submit">
              {position === total ? t('identification.question.finish') : t('identification.question.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
