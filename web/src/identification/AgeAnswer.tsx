import { Checkbox, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/screening.ts';

type AgeAnswerProps = {
  label: string;
  answer: Answer | undefined;
  error: string | null;
  /** undefined while what is typed is not an age the instrument accepts. */
  onChange: (answer: Answer | undefined) => void;
};

const MAX_AGE = 130;

/** Whole years, or "prefers not to answer / not known", which leaves the age unknown. */
export function AgeAnswer({ label, answer, error, onChange }: AgeAnswerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | number>(typeof answer === 'number' ? answer : '');
  const skipped = answer === 'skip';
  const accepted = (value: string | number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AGE
      ? value
      : undefined;
  return (
    <Stack gap="md">
      <NumberInput
        label={label}
        description={t('identification.question.ageHint')}
        size="md"
        min={0}
        max={MAX_AGE}
        allowDecimal={false}
        allowNegative={false}
        inputMode="numeric"
        value={typed}
        disabled={skipped}
        error={error}
        onChange={(value) => {
          setTyped(value);
          onChange(accepted(value));
        }}
      />
      <Checkbox
        size="md"
        label={t('identification.question.skip')}
        checked={skipped}
        onChange={(event) => onChange(event.currentTarget.checked ? 'skip' : accepted(typed))}
      />
    </Stack>
  );
}
