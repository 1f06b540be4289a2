import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/cases.ts';
import { fetchCaseJurisdiction } from '../api/jurisdiction.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { DecisionExplanation } from './DecisionExplanation.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';
import { decisionHeadline } from './decision-text.ts';
import { JurisdictionActions } from './JurisdictionActions.tsx';
import { JurisdictionFacts } from './JurisdictionFacts.tsx';
import { OpenTransferNotice } from './OpenTransferNotice.tsx';

/** The case's jurisdiction in plain language: the decision, why, what is missing, who owns it, for how long. */
export function JurisdictionPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [change, setChange] = useState({ at: 0, notice: '' });
  const read = useCallback(() => fetchCaseJurisdiction(view.id), [view.id]);
  const jurisdiction = useApiQuery(read, change.at);
  return (
    <Paper component="section" aria-labelledby="jurisdiction-heading" withBorder p="lg">
      <Stack gap="md">
        <Title id="jurisdiction-heading" order={2} fz="h3">
          {t('jurisdiction.title')}
        </Title>
        <Text c="dimmed" fz="sm">
          {t('jurisdiction.intro')}
        </Text>
        <Text role="status" fz="sm">
          {change.notice}
        </Text>
        {jurisdiction.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
        {jurisdiction.status === 'failed' && <ProblemAlert error={jurisdiction.error} />}
        {jurisdiction.status === 'loaded' && (
          <>
            <Title order={3} fz="h4">
              {jurisdiction.data.current
                ? decisionHeadline(t, jurisdiction.data.current)
                : t('jurisdiction.noDecision')}
            </Title>
            <JurisdictionFacts jurisdiction={jurisdiction.data} />
            {jurisdiction.data.current && <DecisionExplanation decision={jurisdiction.data.current} />}
            {jurisdiction.data.openTransfer && (
              <OpenTransferNotice transfer={jurisdiction.data.openTransfer} />
            )}
            <JurisdictionActions
              view={view}
              jurisdiction={jurisdiction.data}
              onChanged={(notice) => setChange({ at: Date.now(), notice })}
            />
            {jurisdiction.data.history.length > 1 && (
              <DecisionHistory earlier={jurisdiction.data.history.slice(1)} />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
