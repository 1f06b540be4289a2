import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScreeningResult } from '../api/screening.ts';

type Outcome = ScreeningResult['result'];

/** Shade 9 of each keeps text at WCAG AA contrast on white and on its own light background. */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  trafficking_indicated: 'red',
  further_assessment: 'orange',
  smuggling_indicated: 'blue',
  not_indicated: 'gray',
};

/** The outcome in words, which wrap in a narrow column where a badge would cut them short. */
export function OutcomeLabel({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Text fz="sm" fw={600} c={`${OUTCOME_COLORS[outcome]}.9`}>
      {t(`identification.outcomes.${outcome}`)}
    </Text>
  );
}
