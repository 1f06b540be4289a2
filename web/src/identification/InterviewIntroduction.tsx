import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import { InterviewTarget } from './InterviewTarget.tsx';
import { StepHeading } from './StepHeading.tsx';
import type { ScreeningTarget } from './screening-stage.ts';

type InterviewIntroductionProps = { target: ScreeningTarget; onStart: () => void; onChange: () => void };

/** The opening read to the person (why we ask, that anything may be skipped) and the interviewer's guidance. */
export function InterviewIntroduction({ target, onStart, onChange }: InterviewIntroductionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { instrument } = target;
  return (
    <Stack gap="lg">
      <StepHeading>{t('identification.introduction.title')}</StepHeading>
      <InterviewTarget target={target} />
      <Paper withBorder p="lg">
        <Title order={3} fz="h5">
          {t('identification.introduction.readAloud')}
        </Title>
        <Text mt="xs">{instrument.introduction[language]}</Text>
      </Paper>
      <div>
        <Title order={3} fz="h5">
          {t('identification.introduction.guidance')}
        </Title>
        <List mt="xs" spacing="xs">
          {instrument.guidance.map((advice) => (
            <List.Item key={advice['es-MX']}>{advice[language]}</List.Item>
          ))}
        </List>
      </div>
      <Group justify="space-between">
        <Button variant="default" onClick={onChange}>
          {t('identification.introduction.change')}
        </Button>
        <Button onClick={onStart}>{t('identification.introduction.start')}</Button>
      </Group>
    </Stack>
  );
}
