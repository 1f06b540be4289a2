import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/cases.ts';
import { CaseFact as Fact } from './CaseFact.tsx';
import { placeLabel } from './state-options.ts';

export function CaseSummaryCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="case-summary-heading" withBorder p="lg">
      <Title id="case-summary-heading" order={2} fz="h4" mb="md">
        {t('cases.workspace.summary')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} m={0}>
        <Fact label={t('cases.workspace.reference')}>{view.reference}</Fact>
        <Fact label={t('cases.workspace.status')}>{t(`cases.statuses.${view.status}`)}</Fact>
        <Fact label={t('cases.workspace.location')}>{placeLabel(view.stateCode, view.municipality)}</Fact>
        <Fact label={t('cases.workspace.openedOn')}>{view.openedOn}</Fact>
        <Fact label={t('cases.workspace.owningAgency')}>
          {`${view.owningAgency.name} (${view.owningAgency.code})`}
        </Fact>
        <Fact label={t('cases.workspace.relation')}>{t(`cases.relations.${view.relation}`)}</Fact>
      </SimpleGrid>
      <Text component="h3" fz="sm" c="dimmed" mt="md" mb="xs" fw={400}>
        {t('cases.workspace.allowedActions')}
      </Text>
      <Group component="ul" gap="xs" className="enlace-plain-list">
        {view.allowedActions.map((action) => (
          <Badge component="li" key={action} variant="light" color="gray">
            {t(`cases.actions.${action}`)}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
