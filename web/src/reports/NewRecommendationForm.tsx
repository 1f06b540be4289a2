import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencySummary } from '../api/agencies.ts';
import { createRecommendation } from '../api/assessment.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { RecommendationWording } from './RecommendationWording.tsx';
import { recommendationRequestOf } from './recommendation-patch.ts';
import { useSave } from './useSave.ts';

type Props = { agencies: AgencySummary[]; onSaved: () => void };

/** The commission adds a recommendation to track: its wording, owner, due date and indicators. */
export function NewRecommendationForm({ agencies, onSaved }: Props) {
  const { t } = useTranslation();
  const [textEs, setTextEs] = useState('');
  const [textEn, setTextEn] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [indicators, setIndicators] = useState('');
  const { saving, error, run } = useSave(onSaved);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-recommendation">
      <Title order={3} fz="h4" id="new-recommendation" mb="xs">
        {t('reports.assessment.newRecommendation')}
      </Title>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(event) => {
          event.preventDefault();
          const request = recommendationRequestOf({ textEs, textEn, owner, dueOn, indicators });
          void run(() => createRecommendation(request));
        }}
      >
        <RecommendationWording textEs={textEs} textEn={textEn} onTextEs={setTextEs} onTextEn={setTextEn} />
        <Group align="end" wrap="wrap">
          <NativeSelect
            label={t('reports.assessment.owner')}
            value={owner}
            required
            data={[
              { value: '', label: t('reports.assessment.chooseOwner'), disabled: true },
              ...agencies.map((agency) => ({ value: agency.id, label: `${agency.code} — ${agency.name}` })),
            ]}
            onChange={(event) => setOwner(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('reports.assessment.dueOn')}
            value={dueOn}
            required
            onChange={(event) => setDueOn(event.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('reports.assessment.indicators')}
          description={t('reports.assessment.indicatorsHint')}
          value={indicators}
          onChange={(event) => setIndicators(event.currentTarget.value)}
        />
        <Button type="submit" loading={saving} w="fit-content">
          {t('reports.assessment.addRecommendation')}
        </Button>
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
