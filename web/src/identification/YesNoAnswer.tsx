import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/screening.ts';

type YesNoAnswerProps = {
  label: string;
  answer: Answer | undefined;
  error: string | null;
  onChange: (answer: Answer) => void;
};

const CHOICES = ['yes', 'no', 'skip'] as const;

/** Yes, no, or the person prefers not to answer / it is not known, which leaves the fact unknown. */
export function YesNoAnswer({ label, answer, error, onChange }: YesNoAnswerProps) {
  const { t } = useTranslation();
  const labels = {
    yes: t('identification.yes'),
    no: t('identification.no'),
    skip: t('identification.question.skip'),
  };
  return (
    <Radio.Group
      label={label}
      size="md"
      value={typeof answer === 'string' ? answer : null}
      onChange={(value) => onChange(value as (typeof CHOICES)[number])}
      error={error}
    >
      <Stack gap="md" mt="sm">
        {CHOICES.map((choice) => (
          <Radio key={choice} value={choice} label={labels[choice]} size="md" />
        ))}
      </Stack>
    </Radio.Group>
  );
}
